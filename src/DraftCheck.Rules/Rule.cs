using System.Reflection;
using DraftCheck.Rules.Builders;
using DraftCheck.Rules.Model;

namespace DraftCheck.Rules;

/// <summary>
/// The base of every rule. Override <see cref="Define"/> and state, with <see cref="When"/>, the facts to match and,
/// with <see cref="Then"/>, what to do when they match:
/// <code>
/// [Rule("IIPA001", Title = "...", Category = "Term", Severity = Severity.Error, Source = "...")]
/// public sealed class TermBelowLifePlus70 : Rule
/// {
///     public override void Define()
///     {
///         TermOfProtection term = null!;
///         When()
///             .Match(() => term, t => t.Basis == TermBasis.AuthorsDeath, t => t.Years &lt; 70);
///         Then()
///             .Do(ctx => ctx.Report(term, $"The term is life + {term.Years} years; the recommendation is life + 70."));
///     }
/// }
/// </code>
/// The local variables (<c>term</c>) are never assigned: they name what a pattern binds, and conditions and actions that
/// mention them receive the matched fact when the rule runs.
/// </summary>
public abstract class Rule
{
    private RuleBuilder? _builder;

    /// <summary>States the rule's patterns and actions. Called once, when the rule is loaded.</summary>
    public abstract void Define();

    /// <summary>Starts or continues the left-hand side: the facts to match.</summary>
    protected ILeftHandSideExpression When() => Builder.LeftHandSide;

    /// <summary>Starts or continues the right-hand side: what to do for each match.</summary>
    protected IRightHandSideExpression Then() => Builder.RightHandSide;

    /// <summary>Names the services the actions use, which the host provides when the rule fires: <c>Dependency().Resolve(() => clock)</c>.</summary>
    protected IDependencyExpression Dependency() => Builder.Dependencies;

    /// <summary>Runs <see cref="Define"/> and returns the rule's canonical definition.</summary>
    /// <exception cref="RuleDefinitionException">The rule is malformed (a variable used before it is matched, no pattern...).</exception>
    public RuleDefinition GetDefinition()
    {
        var builder = new RuleBuilder(GetType());
        _builder = builder;
        try
        {
            Define();
        }
        catch (RuleDefinitionException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new RuleDefinitionException(builder.RuleName, $"Define() threw {ex.GetType().Name}: {ex.Message}", ex);
        }
        finally
        {
            _builder = null;
        }
        return builder.Build();
    }

    private RuleBuilder Builder => _builder
        ?? throw new InvalidOperationException("When() and Then() can only be called from Define(), while the rule is being loaded.");

    /// <summary>The metadata attribute of a rule type, or null.</summary>
    public static RuleAttribute? AttributeOf(Type ruleType) => ruleType.GetCustomAttribute<RuleAttribute>(inherit: false);
}

/// <summary>A rule is malformed: the message names the rule and what is wrong.</summary>
public sealed class RuleDefinitionException : Exception
{
    /// <summary>Creates the exception for <paramref name="ruleName"/>.</summary>
    public RuleDefinitionException(string ruleName, string message, Exception? inner = null)
        : base($"Rule '{ruleName}': {message}", inner)
    {
        RuleName = ruleName;
    }

    /// <summary>The rule's name.</summary>
    public string RuleName { get; }
}
