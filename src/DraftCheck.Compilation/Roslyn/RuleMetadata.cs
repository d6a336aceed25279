using System.Collections.Immutable;
using DraftCheck.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DraftCheck.Compilation.Roslyn;

/// <summary>
/// Checks what each rule declares about itself, from the compiler's symbols (so before any rule code runs): a unique
/// id of capital letters then digits with the pack's prefix, never a retired one; a title, a category, a default
/// severity and a source; no empty finding message; well-formed examples.
/// </summary>
internal static class RuleMetadata
{
    /// <summary>The diagnostics, and where each rule class is declared (by its full metadata name) for errors found later.</summary>
    public sealed record Result(IReadOnlyList<RulePackError> Diagnostics, IReadOnlyDictionary<string, RulePackError> RuleLocations);

    public static Result Validate(CSharpCompilation compilation, IReadOnlyList<SyntaxTree> trees, PackManifest manifest, string manifestPath)
    {
        var diagnostics = new List<RulePackError>();
        var locations = new Dictionary<string, RulePackError>(StringComparer.Ordinal);
        INamedTypeSymbol? ruleBase = compilation.GetTypeByMetadataName(typeof(Rule).FullName!);
        if (ruleBase is null) return new Result(diagnostics, locations);
        var known = new Known(
            ruleBase,
            compilation.GetTypeByMetadataName(typeof(RuleAttribute).FullName!),
            compilation.GetTypeByMetadataName(typeof(FiresAttribute).FullName!),
            compilation.GetTypeByMetadataName(typeof(DoesNotFireAttribute).FullName!),
            compilation.GetTypeByMetadataName(typeof(ContextExtensions).FullName!));

        var ids = new Dictionary<string, (INamedTypeSymbol Rule, RulePackError At)>(StringComparer.Ordinal);
        var retired = manifest.RetiredIds.ToHashSet(StringComparer.Ordinal);
        foreach (INamedTypeSymbol rule in RuleClasses(compilation.Assembly.GlobalNamespace, ruleBase))
        {
            Location? declared = rule.Locations.FirstOrDefault(l => l.IsInSource && trees.Contains(l.SourceTree));
            if (declared is null) continue;
            locations[FullMetadataName(rule)] = RoslynPackCompiler.At(declared, true, string.Empty, string.Empty);

            IReadOnlyList<InvocationExpressionSyntax> reports = ReportCalls(compilation, rule, known);
            foreach (InvocationExpressionSyntax report in reports) CheckMessage(compilation, report, diagnostics);

            AttributeData? attribute = rule.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, known.RuleAttribute));
            if (attribute is null)
            {
                if (reports.Count > 0)
                {
                    diagnostics.Add(RoslynPackCompiler.At(declared, true, RulePackErrorCodes.ReportsWithoutRuleAttribute,
                        $"rule {rule.Name} reports findings but has no [Rule(...)] attribute: give it an id, a title, a category, a severity and a source"));
                }
                continue;
            }

            Location at = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? declared;
            string id = attribute.ConstructorArguments is [{ Value: string given }] ? given : string.Empty;
            if (!RuleIds.IsValid(id))
            {
                diagnostics.Add(RoslynPackCompiler.At(at, true, RulePackErrorCodes.InvalidId,
                    $"rule id '{id}' of {rule.Name} must be capital letters then digits, such as IIPA001"));
            }
            else
            {
                if (manifest.Prefix.Length > 0 && RuleIds.PrefixOf(id) != manifest.Prefix)
                {
                    diagnostics.Add(RoslynPackCompiler.At(at, true, RulePackErrorCodes.WrongPrefix,
                        $"rule id '{id}' of {rule.Name} must start with the pack's prefix '{manifest.Prefix}' ({manifestPath})"));
                }
                if (retired.Contains(id))
                {
                    diagnostics.Add(RoslynPackCompiler.At(at, true, RulePackErrorCodes.RetiredId,
                        $"rule id '{id}' of {rule.Name} was retired ({manifestPath} retiredIds) and is never used again; choose a new id"));
                }
                if (ids.TryGetValue(id, out var first))
                {
                    diagnostics.Add(RoslynPackCompiler.At(at, true, RulePackErrorCodes.DuplicateId,
                        $"rule id '{id}' of {rule.Name} is already the id of {first.Rule.Name} ({first.At.Path}({first.At.Line},{first.At.Column}))"));
                }
                else
                {
                    ids.Add(id, (rule, RoslynPackCompiler.At(at, true, string.Empty, string.Empty)));
                }
            }

            string shown = RuleIds.IsValid(id) ? id : rule.Name;
            ImmutableDictionary<string, TypedConstant> named = attribute.NamedArguments.ToImmutableDictionary(a => a.Key, a => a.Value);
            void Require(string property, string code, string advice)
            {
                if (named.TryGetValue(property, out TypedConstant value) && value.Value is string text && !string.IsNullOrWhiteSpace(text)) return;
                diagnostics.Add(RoslynPackCompiler.At(ArgumentLocation(attribute, property) ?? at, true, code, $"rule {shown} has no {property}: {advice}"));
            }
            Require(nameof(RuleAttribute.Title), RulePackErrorCodes.MissingTitle, "say in one line what the rule detects");
            Require(nameof(RuleAttribute.Category), RulePackErrorCodes.MissingCategory, "give the grouping used in reports, such as Term");
            Require(nameof(RuleAttribute.Source), RulePackErrorCodes.MissingSource, "cite the authority the rule encodes (document, section, footnote)");
            if (!named.ContainsKey(nameof(RuleAttribute.Severity)))
            {
                diagnostics.Add(RoslynPackCompiler.At(at, true, RulePackErrorCodes.MissingSeverity,
                    $"rule {shown} has no Severity: state its default, such as Severity = Severity.Error"));
            }
            if (reports.Count == 0)
            {
                diagnostics.Add(RoslynPackCompiler.At(declared, false, RulePackErrorCodes.NeverReports,
                    $"rule {shown} never reports a finding (no ctx.Report(...) in its class)"));
            }
            CheckExamples(rule, shown, RuleIds.IsValid(id) ? id : null, known, declared, diagnostics);
        }
        return new Result(diagnostics, locations);
    }

    private sealed record Known(INamedTypeSymbol RuleBase, INamedTypeSymbol? RuleAttribute, INamedTypeSymbol? Fires,
        INamedTypeSymbol? DoesNotFire, INamedTypeSymbol? ContextExtensions);

    private static void CheckExamples(INamedTypeSymbol rule, string shown, string? id, Known known, Location declared, List<RulePackError> diagnostics)
    {
        int fires = 0;
        foreach (AttributeData example in rule.GetAttributes())
        {
            bool isFires = SymbolEqualityComparer.Default.Equals(example.AttributeClass, known.Fires);
            bool isDoesNotFire = SymbolEqualityComparer.Default.Equals(example.AttributeClass, known.DoesNotFire);
            if (!isFires && !isDoesNotFire) continue;
            Location at = example.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? declared;
            string kind = isFires ? "[Fires]" : "[DoesNotFire]";
            string text = example.ConstructorArguments is [{ Value: string given }] ? given : string.Empty;
            if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Add(RoslynPackCompiler.At(at, true, RulePackErrorCodes.InvalidExample, $"a {kind} example of rule {shown} is empty"));
                continue;
            }
            if (!ProvisionMarkup.TryParse(text, out MarkedText? marked, out string? error))
            {
                diagnostics.Add(RoslynPackCompiler.At(at, true, RulePackErrorCodes.InvalidExample, $"a {kind} example of rule {shown} has malformed {error}"));
                continue;
            }
            if (isDoesNotFire && marked!.HasSpans)
            {
                diagnostics.Add(RoslynPackCompiler.At(at, true, RulePackErrorCodes.InvalidExample,
                    $"a [DoesNotFire] example of rule {shown} marks words, but it expects no finding; remove the markup"));
            }
            if (isFires)
            {
                fires++;
                foreach (MarkedSpan span in marked!.Spans.Where(s => s.RuleId is not null && s.RuleId != id))
                {
                    diagnostics.Add(RoslynPackCompiler.At(at, true, RulePackErrorCodes.InvalidExample,
                        $"a [Fires] example of rule {shown} marks a finding of {span.RuleId}; an example speaks for its own rule only"));
                }
            }
        }
        if (fires == 0)
        {
            diagnostics.Add(RoslynPackCompiler.At(declared, false, RulePackErrorCodes.NoExamples,
                $"rule {shown} declares no [Fires(\"...\")] example for 'draftcheck rules test'"));
        }
    }

    /// <summary>The calls to <c>ContextExtensions.Report</c> anywhere in the rule's class.</summary>
    private static IReadOnlyList<InvocationExpressionSyntax> ReportCalls(CSharpCompilation compilation, INamedTypeSymbol rule, Known known)
    {
        var calls = new List<InvocationExpressionSyntax>();
        foreach (SyntaxReference reference in rule.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax();
            SemanticModel model = compilation.GetSemanticModel(declaration.SyntaxTree);
            foreach (InvocationExpressionSyntax invocation in declaration.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method
                    && (method.ReducedFrom ?? method) is { Name: nameof(ContextExtensions.Report) } report
                    && SymbolEqualityComparer.Default.Equals(report.ContainingType, known.ContextExtensions))
                {
                    calls.Add(invocation);
                }
            }
        }
        return calls;
    }

    private static void CheckMessage(CSharpCompilation compilation, InvocationExpressionSyntax report, List<RulePackError> diagnostics)
    {
        SemanticModel model = compilation.GetSemanticModel(report.SyntaxTree);
        if (model.GetOperation(report) is not IInvocationOperation operation) return;
        IArgumentOperation? message = operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "message");
        if (message is null) return;
        IOperation value = message.Value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : message.Value;
        bool isEmpty = value switch
        {
            _ when value.ConstantValue is { HasValue: true, Value: null } => true,
            _ when value.ConstantValue is { HasValue: true, Value: string text } => string.IsNullOrWhiteSpace(text),
            IInterpolatedStringOperation interpolated => interpolated.Parts.All(p => p is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string t } && string.IsNullOrWhiteSpace(t)),
            _ => false,
        };
        if (isEmpty)
        {
            diagnostics.Add(RoslynPackCompiler.At(message.Syntax.GetLocation(), true, RulePackErrorCodes.EmptyMessage,
                "a finding's message is empty: say what is wrong, naming the provision"));
        }
    }

    private static Location? ArgumentLocation(AttributeData attribute, string property) =>
        attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } arguments }
            ? arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == property)?.GetLocation()
            : null;

    private static IEnumerable<INamedTypeSymbol> RuleClasses(INamespaceSymbol space, INamedTypeSymbol ruleBase)
    {
        foreach (INamespaceOrTypeSymbol member in space.GetMembers().OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            IEnumerable<INamedTypeSymbol> found = member switch
            {
                INamespaceSymbol inner => RuleClasses(inner, ruleBase),
                INamedTypeSymbol type => Nested(type),
                _ => [],
            };
            foreach (INamedTypeSymbol type in found)
            {
                if (type.TypeKind == TypeKind.Class && !type.IsAbstract && DerivesFrom(type, ruleBase)) yield return type;
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type) =>
        new[] { type }.Concat(type.GetTypeMembers().OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(Nested));

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol ruleBase)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, ruleBase)) return true;
        }
        return false;
    }

    /// <summary>The name reflection gives the type (<c>Ns.Outer+Inner</c>).</summary>
    private static string FullMetadataName(INamedTypeSymbol type)
    {
        string name = type.MetadataName;
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType) name = outer.MetadataName + "+" + name;
        return type.ContainingNamespace is { IsGlobalNamespace: false } space ? space.ToDisplayString() + "." + name : name;
    }
}
