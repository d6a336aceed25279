using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DraftCheck.Compilation.Roslyn;

/// <summary>
/// Refuses rule code that could reach files, the network, processes, native code or the process's state, or that could
/// escape these checks (reflection, dynamic binding, unsafe code) or the time budget (threads, tasks, finalizers). It
/// judges symbols, not text: every name, member access, call, creation and expression is bound by the compiler, so an
/// alias, <c>global::</c>, <c>var</c>, a method group or <c>typeof(...).Assembly</c> leads to the same symbol as the
/// plain spelling. The error names the API and where the rule uses it; an expression found guilty is not searched further.
/// </summary>
internal sealed class Sandbox
{
    private static readonly SymbolDisplayFormat s_apiFormat = SymbolDisplayFormat.CSharpErrorMessageFormat
        .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType);

    /// <summary>Namespaces refused with everything in them (and in the namespaces under them).</summary>
    private static readonly ImmutableArray<(string Namespace, Refusal Refusal)> s_namespaces =
    [
        ("System.IO", Refusal.FileSystem),
        ("System.Net", Refusal.Network),
        ("System.Reflection", Refusal.Reflection),
        ("System.Runtime.Loader", Refusal.Reflection),
        ("System.Resources", Refusal.Reflection),
        ("System.Runtime.InteropServices", Refusal.Interop),
        ("System.Threading.Tasks", Refusal.Threads),
        ("System.Threading.Channels", Refusal.Threads),
        ("Microsoft.Win32", Refusal.Environment),
    ];

    /// <summary>Types refused with all their members, by namespace-qualified metadata name.</summary>
    private static readonly ImmutableDictionary<string, Refusal> s_types = new Dictionary<string, Refusal>
    {
        ["System.Diagnostics.Process"] = Refusal.Process,
        ["System.Diagnostics.ProcessStartInfo"] = Refusal.Process,
        ["System.Diagnostics.ProcessModule"] = Refusal.Process,
        ["System.Diagnostics.ProcessThread"] = Refusal.Process,
        ["System.Diagnostics.Debugger"] = Refusal.Environment,
        ["System.Environment"] = Refusal.Environment,
        ["System.AppContext"] = Refusal.Environment,
        ["System.AppDomain"] = Refusal.Environment,
        ["System.Console"] = Refusal.Environment,
        ["System.GC"] = Refusal.Environment,
        ["System.Runtime.GCSettings"] = Refusal.Environment,
        ["System.Runtime.ProfileOptimization"] = Refusal.Environment,
        ["System.Activator"] = Refusal.Reflection,
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = Refusal.Reflection,
        ["System.Runtime.CompilerServices.UnsafeAccessorAttribute"] = Refusal.Reflection,
        ["System.Runtime.CompilerServices.Unsafe"] = Refusal.Interop,
        ["System.Threading.Thread"] = Refusal.Threads,
        ["System.Threading.ThreadPool"] = Refusal.Threads,
        ["System.Threading.ThreadStart"] = Refusal.Threads,
        ["System.Threading.ParameterizedThreadStart"] = Refusal.Threads,
        ["System.Threading.ThreadLocal`1"] = Refusal.Threads,
        ["System.Threading.Timer"] = Refusal.Threads,
        ["System.Threading.PeriodicTimer"] = Refusal.Threads,
        ["System.Threading.WaitHandle"] = Refusal.Threads,
        ["System.Threading.EventWaitHandle"] = Refusal.Threads,
        ["System.Threading.Mutex"] = Refusal.Threads,
        ["System.Threading.Semaphore"] = Refusal.Threads,
        ["DraftCheck.Rules.RuleBudget"] = Refusal.Internals,
        ["DraftCheck.Rules.BudgetScope"] = Refusal.Internals,
        ["DraftCheck.Rules.RuleTimeoutException"] = Refusal.Internals,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>The members of System.Type a rule may use: names and type tests. The rest is reflection.</summary>
    private static readonly ImmutableHashSet<string> s_typeMembersAllowed =
    [
        "Name", "FullName", "Namespace", "ToString", "Equals", "GetHashCode", "op_Equality", "op_Inequality",
        "IsAssignableFrom", "IsAssignableTo", "IsInstanceOfType", "IsSubclassOf", "IsEnum", "IsValueType", "IsInterface",
        "IsClass", "IsAbstract", "IsSealed", "IsArray", "IsPrimitive", "IsGenericType", "BaseType",
        "GetGenericTypeDefinition", "GetGenericArguments", "GetElementType",
    ];

    private static readonly ImmutableHashSet<string> s_delegateMembersRefused = ["DynamicInvoke", "CreateDelegate", "Method", "GetMethodInfo"];

    /// <summary>Types a static readonly field may hold: they cannot change.</summary>
    private static readonly ImmutableHashSet<string> s_immutableTypes =
    [
        "System.String", "System.Decimal", "System.DateTime", "System.DateTimeOffset", "System.TimeSpan", "System.DateOnly",
        "System.TimeOnly", "System.Guid", "System.Half", "System.Int128", "System.UInt128", "System.Index", "System.Range",
        "System.StringComparer", "System.Text.Rune", "System.Text.CompositeFormat", "System.Text.RegularExpressions.Regex",
        "System.Buffers.SearchValues`1", "System.Nullable`1", "System.Collections.Generic.KeyValuePair`2",
    ];

    private readonly SemanticModel _model;
    private readonly List<RulePackError> _errors = [];

    private Sandbox(SemanticModel model) => _model = model;

    /// <summary>What the sandbox refuses, one code and one clause each.</summary>
    internal enum Refusal { FileSystem, Network, Process, Reflection, Interop, UnsafeCode, Threads, Environment, Dynamic, Internals }

    /// <summary>The refusals in one file.</summary>
    public static IReadOnlyList<RulePackError> Analyze(SemanticModel model)
    {
        var sandbox = new Sandbox(model);
        var pending = new Stack<SyntaxNode>();
        pending.Push(model.SyntaxTree.GetRoot());
        while (pending.Count > 0)
        {
            SyntaxNode node = pending.Pop();
            if (sandbox.Refuses(node)) continue;
            foreach (SyntaxNode child in node.ChildNodes().Reverse()) pending.Push(child);
        }
        return sandbox._errors;
    }

    /// <summary>
    /// A second line of defence: the compiler's own account of the assemblies the pack uses. Assemblies referenced only so
    /// that the sandbox can name their types must never be among them.
    /// </summary>
    public static IEnumerable<RulePackError> CheckAssemblies(CSharpCompilation compilation, string packDirectory)
    {
        foreach (MetadataReference reference in compilation.GetUsedAssemblyReferences())
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly) continue;
            if (RulePackEnvironment.NamedForTheSandbox.Contains(assembly.Name, StringComparer.Ordinal))
            {
                yield return new RulePackError(PackSources.DisplayPath(packDirectory), 0, 0, true, RulePackErrorCodes.ForbiddenAssembly,
                    $"the pack uses {assembly.Name}, which rule packs may not use");
            }
        }
    }

    /// <summary>Reports what <paramref name="node"/> itself does wrong; true when its children need no further look.</summary>
    private bool Refuses(SyntaxNode node)
    {
        switch (node)
        {
            case InvocationExpressionSyntax invocation when _model.GetOperation(invocation) is INameOfOperation:
                return true; // nameof(File) names a type without using it
            case MemberDeclarationSyntax member:
                CheckModifiers(member.Modifiers);
                if (member is DestructorDeclarationSyntax destructor)
                {
                    Report(destructor.TildeToken.GetLocation(), Refusal.Threads, $"~{destructor.Identifier.Text}()", "finalizers run on the finalizer thread, outside the time budget");
                }
                if (member is BaseFieldDeclarationSyntax or PropertyDeclarationSyntax) CheckStaticState(member);
                return false;
            case LocalFunctionStatementSyntax local:
                CheckModifiers(local.Modifiers);
                return false;
            case AnonymousFunctionExpressionSyntax { AsyncKeyword.RawKind: (int)SyntaxKind.AsyncKeyword } lambda:
                Report(lambda.AsyncKeyword.GetLocation(), Refusal.Threads, "async", "async code runs on tasks");
                return false;
            case UnsafeStatementSyntax or FixedStatementSyntax:
                Report(node.GetFirstToken().GetLocation(), Refusal.UnsafeCode, node.GetFirstToken().Text, null);
                return false;
            case PointerTypeSyntax or FunctionPointerTypeSyntax:
                Report(node.GetLocation(), Refusal.UnsafeCode, node.ToString(), null);
                return true;
            case AssignmentExpressionSyntax assignment when _model.GetSymbolInfo(assignment.Left).Symbol is IPropertySymbol { IsStatic: true } or IFieldSymbol { IsStatic: true }
                && _model.GetSymbolInfo(assignment.Left).Symbol is { } target && !target.Locations.Any(l => l.IsInSource):
                // Setting a static of the platform (CultureInfo.DefaultThreadCurrentCulture, Regex.CacheSize) changes every draft's check.
                Report(assignment.Left.GetLocation(), Refusal.Environment, Display(target), "it sets state shared by the whole process");
                return true;
            case ExpressionSyntax expression:
                return RefusesExpression(expression);
            default:
                return false;
        }
    }

    private bool RefusesExpression(ExpressionSyntax expression)
    {
        // In a chain (typeof(x).Assembly.FullName) the first refused value is the one to name, not what is done with it.
        ExpressionSyntax? receiver = expression switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Expression,
            ElementAccessExpressionSyntax element => element.Expression,
            ConditionalAccessExpressionSyntax conditional => conditional.Expression,
            _ => null,
        };
        if (receiver is not null && IsValue(receiver) && RefusesExpression(receiver)) return true;

        SymbolInfo info = _model.GetSymbolInfo(expression);
        ISymbol? symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        // An operator or conversion only combines values: the operands say where a refused value came from.
        if (symbol is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.BuiltinOperator or MethodKind.Conversion }) return false;
        if (symbol is not null && Classify(symbol) is { } refusal)
        {
            Report(expression.GetLocation(), refusal, Display(symbol), null);
            return true;
        }
        if (expression is BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or CastExpressionSyntax
            or ParenthesizedExpressionSyntax or ConditionalExpressionSyntax or AssignmentExpressionSyntax)
        {
            return false;
        }
        if (expression is LiteralExpressionSyntax or DefaultExpressionSyntax) return false; // null and default take the type they are given
        // A value's own type, or for a lambda or method group (which have none) the delegate it becomes.
        TypeInfo type = _model.GetTypeInfo(expression);
        ITypeSymbol? seen = type.Type ?? type.ConvertedType;
        if (seen is not null && ClassifyType(seen) is { } typeRefusal)
        {
            Report(expression.GetLocation(), typeRefusal, Display(seen), null);
            return true;
        }
        return false;
    }

    private bool IsValue(ExpressionSyntax expression) =>
        _model.GetSymbolInfo(expression).Symbol is not (INamespaceOrTypeSymbol or IAliasSymbol);

    private void CheckModifiers(SyntaxTokenList modifiers)
    {
        foreach (SyntaxToken modifier in modifiers)
        {
            switch (modifier.Kind())
            {
                case SyntaxKind.UnsafeKeyword:
                    Report(modifier.GetLocation(), Refusal.UnsafeCode, "unsafe", null);
                    break;
                case SyntaxKind.ExternKeyword:
                    Report(modifier.GetLocation(), Refusal.Interop, "extern", "extern methods are native code or reach private members");
                    break;
                case SyntaxKind.AsyncKeyword:
                    Report(modifier.GetLocation(), Refusal.Threads, "async", "async code runs on tasks");
                    break;
            }
        }
    }

    /// <summary>Static fields, auto-properties and events that can change hold state from one draft to the next.</summary>
    private void CheckStaticState(MemberDeclarationSyntax member)
    {
        switch (member)
        {
            case FieldDeclarationSyntax field:
                foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                {
                    if (_model.GetDeclaredSymbol(variable) is not IFieldSymbol symbol || !symbol.IsStatic || symbol.IsConst) continue;
                    if (!symbol.IsReadOnly)
                    {
                        ReportState(variable.Identifier.GetLocation(),
                            $"static field '{Display(symbol)}' can change between drafts; make it const or static readonly of an immutable type, or a local");
                    }
                    else if (!IsImmutable(symbol.Type, []))
                    {
                        ReportState(variable.Identifier.GetLocation(),
                            $"static readonly field '{Display(symbol)}' holds a {Display(symbol.Type)}, which can change between drafts; use an immutable type such as ImmutableArray<T> or FrozenSet<T>");
                    }
                }
                break;
            case EventFieldDeclarationSyntax events:
                foreach (VariableDeclaratorSyntax variable in events.Declaration.Variables)
                {
                    if (_model.GetDeclaredSymbol(variable) is IEventSymbol { IsStatic: true } symbol)
                    {
                        ReportState(variable.Identifier.GetLocation(), $"static event '{Display(symbol)}' holds its handlers from one draft to the next");
                    }
                }
                break;
            case PropertyDeclarationSyntax property when IsAutoProperty(property):
                if (_model.GetDeclaredSymbol(property) is not IPropertySymbol { IsStatic: true } auto) break;
                if (auto.SetMethod is not null)
                {
                    ReportState(property.Identifier.GetLocation(), $"static property '{Display(auto)}' has a setter, so it can change between drafts; make it get-only");
                }
                else if (!IsImmutable(auto.Type, []))
                {
                    ReportState(property.Identifier.GetLocation(),
                        $"static property '{Display(auto)}' holds a {Display(auto.Type)}, which can change between drafts; use an immutable type such as ImmutableArray<T> or FrozenSet<T>");
                }
                break;
        }
    }

    private static bool IsAutoProperty(PropertyDeclarationSyntax property) =>
        property.ExpressionBody is null && property.AccessorList is { } accessors
        && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null)
        && !property.Modifiers.Any(m => m.IsKind(SyntaxKind.AbstractKeyword) || m.IsKind(SyntaxKind.ExternKeyword));

    /// <summary>Whether a value of <paramref name="type"/>, held in a readonly field, can never change.</summary>
    private static bool IsImmutable(ITypeSymbol type, HashSet<ITypeSymbol> visiting)
    {
        if (type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_String) return true;
        if (type.TypeKind == TypeKind.Enum) return true;
        if (type is not INamedTypeSymbol named) return false; // arrays, pointers, type parameters, dynamic
        if (!visiting.Add(named)) return true; // a type that holds itself is judged by its other fields
        bool argumentsImmutable = named.TypeArguments.All(a => IsImmutable(a, visiting));
        string name = MetadataName(named);
        string space = named.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (s_immutableTypes.Contains(name) || space is "System.Collections.Immutable" or "System.Collections.Frozen") return argumentsImmutable;
        if (named.IsTupleType) return argumentsImmutable;
        if (named.Locations.Any(l => l.IsInSource))
        {
            // A type of the pack: immutable when every field is readonly and immutable, and no property has a setter other than init.
            return argumentsImmutable && named.TypeKind is TypeKind.Struct or TypeKind.Class && (named.TypeKind == TypeKind.Struct || named.IsSealed || named.IsRecord)
                && named.GetMembers().All(m => m switch
                {
                    IFieldSymbol { IsStatic: false } f => (f.IsReadOnly || f.IsConst) && IsImmutable(f.Type, visiting),
                    IPropertySymbol { IsStatic: false, IsImplicitlyDeclared: true, Name: "EqualityContract" } => true,
                    IPropertySymbol { IsStatic: false } p => (p.SetMethod is null || p.SetMethod.IsInitOnly) && (!HoldsState(p) || IsImmutable(p.Type, visiting)),
                    _ => true,
                });
        }
        // DraftCheck's own values (spans, facts, findings) are immutable records and readonly structs by design.
        bool isDraftCheck = named.ContainingAssembly?.Name.StartsWith("DraftCheck.", StringComparison.Ordinal) == true;
        return argumentsImmutable && isDraftCheck && (named.IsRecord || (named.TypeKind == TypeKind.Struct && named.IsReadOnly))
            && named.GetMembers().OfType<IPropertySymbol>().All(p => p.IsStatic || p.SetMethod is null || p.SetMethod.IsInitOnly);
    }

    /// <summary>Whether a property of the pack keeps a value (an auto-property or a record's positional property) rather than computing it.</summary>
    private static bool HoldsState(IPropertySymbol property) =>
        property.IsImplicitlyDeclared
        || property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax declaration && IsAutoProperty(declaration));

    private static Refusal? Classify(ISymbol symbol) => symbol switch
    {
        IAliasSymbol alias => Classify(alias.Target),
        INamespaceSymbol space => ClassifyNamespace(space.ToDisplayString()),
        ITypeSymbol type => ClassifyType(type),
        IMethodSymbol method => ClassifyMember(method.ReducedFrom ?? method, method.ReturnType)
            ?? method.TypeArguments.Select(ClassifyType).FirstOrDefault(r => r is not null),
        IPropertySymbol property => ClassifyMember(property, property.Type),
        IFieldSymbol field => ClassifyMember(field, field.Type),
        IEventSymbol @event => ClassifyMember(@event, @event.Type),
        ILocalSymbol local => ClassifyType(local.Type),
        IParameterSymbol parameter => ClassifyType(parameter.Type),
        _ => null,
    };

    private static Refusal? ClassifyMember(ISymbol member, ITypeSymbol memberType)
    {
        if (member.ContainingType is { } owner)
        {
            // Type.Name is declared by MemberInfo: a name is no reflection.
            if (MetadataName(owner) == "System.Reflection.MemberInfo" && s_typeMembersAllowed.Contains(member.Name)) return ClassifyType(memberType);
            if (ClassifyType(owner) is { } refusal) return refusal;
            switch (MetadataName(owner))
            {
                case "System.Type" when !s_typeMembersAllowed.Contains(member.Name):
                case "System.Delegate" or "System.MulticastDelegate" when s_delegateMembersRefused.Contains(member.Name):
                case "System.Linq.Expressions.Expression" when member.IsStatic:
                    return Refusal.Reflection;
            }
        }
        // A member handing out a refused type is refused with it (Exception.TargetSite gives a MethodBase).
        return ClassifyType(memberType);
    }

    private static Refusal? ClassifyType(ITypeSymbol type)
    {
        switch (type)
        {
            case IDynamicTypeSymbol:
                return Refusal.Dynamic;
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return Refusal.UnsafeCode;
            case IArrayTypeSymbol array:
                return ClassifyType(array.ElementType);
            case INamedTypeSymbol named:
                INamedTypeSymbol outermost = named;
                while (outermost.ContainingType is { } container) outermost = container;
                if (s_types.TryGetValue(MetadataName(outermost), out Refusal refused)) return refused;
                if (ClassifyNamespace(outermost.ContainingNamespace?.ToDisplayString() ?? string.Empty) is { } byNamespace) return byNamespace;
                if (named.TypeKind == TypeKind.Delegate && named.DelegateInvokeMethod is { } invoke
                    && (ClassifyType(invoke.ReturnType) ?? invoke.Parameters.Select(p => ClassifyType(p.Type)).FirstOrDefault(r => r is not null)) is { } viaDelegate)
                {
                    return viaDelegate;
                }
                return named.TypeArguments.Select(ClassifyType).FirstOrDefault(r => r is not null);
            default:
                return null;
        }
    }

    private static Refusal? ClassifyNamespace(string space)
    {
        foreach ((string refused, Refusal refusal) in s_namespaces)
        {
            if (space == refused || (space.StartsWith(refused, StringComparison.Ordinal) && space.Length > refused.Length && space[refused.Length] == '.')) return refusal;
        }
        return null;
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        INamedTypeSymbol definition = type.OriginalDefinition;
        string space = definition.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : string.Empty;
        return space + definition.MetadataName;
    }

    private static string Display(ISymbol symbol) => symbol.ToDisplayString(s_apiFormat);

    private void Report(Location location, Refusal refusal, string api, string? why)
    {
        (string code, string clause) = refusal switch
        {
            Refusal.FileSystem => (RulePackErrorCodes.FileSystem, "use files and folders (System.IO)"),
            Refusal.Network => (RulePackErrorCodes.Network, "use the network (System.Net)"),
            Refusal.Process => (RulePackErrorCodes.Process, "start or inspect processes (System.Diagnostics.Process)"),
            Refusal.Reflection => (RulePackErrorCodes.Reflection, "use reflection, emit code or load assemblies"),
            Refusal.Interop => (RulePackErrorCodes.Interop, "call native code or bypass type safety (interop, P/Invoke)"),
            Refusal.UnsafeCode => (RulePackErrorCodes.UnsafeCode, "use unsafe code"),
            Refusal.Threads => (RulePackErrorCodes.Threads, "create threads or tasks"),
            Refusal.Environment => (RulePackErrorCodes.Environment, "read or change the process's environment"),
            Refusal.Dynamic => (RulePackErrorCodes.Dynamic, "bind dynamically, which escapes these checks"),
            _ => (RulePackErrorCodes.Internals, "use DraftCheck's time-budget machinery, which DraftCheck adds itself"),
        };
        string message = why is null ? $"'{api}' is refused: rule packs may not {clause}" : $"'{api}' is refused: rule packs may not {clause} ({why})";
        _errors.Add(RoslynPackCompiler.At(location, true, code, message));
    }

    private void ReportState(Location location, string message) =>
        _errors.Add(RoslynPackCompiler.At(location, true, RulePackErrorCodes.StaticMutableState, message));
}
