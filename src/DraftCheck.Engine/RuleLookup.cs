using DraftCheck.Rules;
using DraftCheck.Rules.Model;

namespace DraftCheck.Engine;

/// <summary>Rule lookup shared by sessions.</summary>
internal static class RuleLookup
{
    public static int IndexOf(IReadOnlyList<RuleDefinition> rules, string ruleName)
    {
        ArgumentNullException.ThrowIfNull(ruleName);
        for (int i = 0; i < rules.Count; i++)
        {
            if (rules[i].Name == ruleName) return i;
        }
        throw new ArgumentException($"No rule is named '{ruleName}'.", nameof(ruleName));
    }

    public static bool IsDependency(RuleDefinition rule, Declaration declaration) => rule.Dependencies.Any(d => d.Declaration == declaration);

    public static object Resolve(IServiceProvider? resolver, RuleDefinition rule, Declaration dependency) =>
        resolver?.GetService(dependency.Type)
        ?? throw new InvalidOperationException(
            $"Rule '{rule.Name}' depends on {dependency.Type.Name} '{dependency.Name}', which the host did not provide (set the session's DependencyResolver).");

    /// <summary>The arguments of an action: the context, then each reference's value or resolved dependency.</summary>
    public static object?[] ActionArguments(ActionElement action, IContext context, RuleDefinition rule, IServiceProvider? resolver,
        Func<Declaration, object?> valueOf)
    {
        var args = new object?[action.References.Length + 1];
        args[0] = context;
        for (int k = 0; k < action.References.Length; k++)
        {
            Declaration reference = action.References[k];
            args[k + 1] = IsDependency(rule, reference) ? Resolve(resolver, rule, reference) : valueOf(reference);
        }
        return args;
    }
}
