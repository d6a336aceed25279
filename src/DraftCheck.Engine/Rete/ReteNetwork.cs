using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using DraftCheck.Engine.Compiling;
using DraftCheck.Rules;
using DraftCheck.Rules.Model;

namespace DraftCheck.Engine.Rete;

/// <summary>A rule compiled: its alternatives (one chain of nodes each) and its actions.</summary>
internal sealed class CompiledRule(RuleDefinition definition, int index)
{
    public RuleDefinition Definition { get; } = definition;

    /// <summary>The rule's position among the factory's rules: it breaks ties between equal priorities.</summary>
    public int Index { get; } = index;

    public string Name => Definition.Name;

    public ImmutableArray<CompiledBranch> Branches { get; set; } = [];

    public ImmutableArray<CompiledAction> Actions { get; set; } = [];

    public override string ToString() => Name;
}

/// <summary>An action compiled to take its arguments (the context first, then its references) from an array.</summary>
internal sealed class CompiledAction(ActionElement element, CompiledDelegate<Action<object?[]>> run)
{
    public ActionElement Element { get; } = element;

    public CompiledDelegate<Action<object?[]>> Run { get; } = run;
}

/// <summary>One alternative of a rule: its elements, the level at which each declaration is bound, and its node chain.</summary>
internal sealed class CompiledBranch(CompiledRule rule, int index, ImmutableArray<RuleElement> elements)
{
    public CompiledRule Rule { get; } = rule;

    public int Index { get; } = index;

    public ImmutableArray<RuleElement> Elements { get; } = elements;

    /// <summary>The token level of each declaration (the element binding it is at level - 1).</summary>
    public Dictionary<Declaration, int> Levels { get; } = [];

    /// <summary>The levels of the elements whose values are the activation's facts (patterns and queries), in order.</summary>
    public List<int> ValueLevels { get; } = [];

    public BetaNode Entry { get; set; } = null!;

    public IReadOnlyList<object> FactsOf(Token last)
    {
        var facts = new object[ValueLevels.Count];
        int next = facts.Length;
        for (Token? token = last; token is not null && next > 0; token = token.Parent)
        {
            if (IsValueLevel(token.Level)) facts[--next] = token.Value!;
        }
        return facts;
    }

    /// <summary>The value of <paramref name="declaration"/> in the match ending at <paramref name="last"/>.</summary>
    public object? ValueOf(Token last, Declaration declaration) => Token.ValueAt(last, last.Level - Levels[declaration]);

    /// <summary>The activation's sort key: for each pattern the fact's insertion sequence, for each query its result's key.</summary>
    public long[] SortKeyOf(Token last)
    {
        // Walk up from the last token twice (length, then values) rather than build the chain: this runs per activation.
        int length = 0;
        for (Token? token = last; token is not null; token = token.Parent)
        {
            if (IsValueLevel(token.Level)) length += token.SortKey?.Length ?? 1;
        }
        var key = new long[length];
        for (Token? token = last; token is not null; token = token.Parent)
        {
            if (!IsValueLevel(token.Level)) continue;
            if (token.SortKey is { } sortKey)
            {
                length -= sortKey.Length;
                sortKey.CopyTo(key, length);
            }
            else
            {
                key[--length] = token.Handle!.Sequence;
            }
        }
        return key;
    }

    private bool IsValueLevel(int level) => level < _isValueLevel.Length && _isValueLevel[level];

    private bool[] _isValueLevel = [];

    /// <summary>Records that the element binding <paramref name="level"/> yields one of the activation's facts.</summary>
    public void AddValueLevel(int level)
    {
        ValueLevels.Add(level);
        if (_isValueLevel.Length <= level) Array.Resize(ref _isValueLevel, level + 1);
        _isValueLevel[level] = true;
    }
}

/// <summary>
/// The matching network of a factory's rules, shared by its sessions (which keep their own memories): alpha tests
/// shared across rules, alpha memories with hash indexes, and one chain of beta nodes per rule alternative.
/// </summary>
internal sealed class ReteNetwork
{
    private readonly List<TypeNode> _typeNodes;
    private readonly ConcurrentDictionary<Type, TypeNode[]> _typeNodesOf = new();

    private ReteNetwork(ImmutableArray<CompiledRule> rules, List<TypeNode> typeNodes, int betaNodes, int alphaMemories, int indexes)
    {
        Rules = rules;
        _typeNodes = typeNodes;
        BetaNodeCount = betaNodes;
        AlphaMemoryCount = alphaMemories;
        IndexCount = indexes;
    }

    public ImmutableArray<CompiledRule> Rules { get; }

    /// <summary>The roots of the alpha network, one per fact type some pattern matches.</summary>
    public IReadOnlyList<TypeNode> TypeNodes => _typeNodes;

    public int BetaNodeCount { get; }

    public int AlphaMemoryCount { get; }

    public int IndexCount { get; }

    /// <summary>The alpha memories <paramref name="fact"/> belongs to now, in network order.</summary>
    public List<AlphaMemory> MemoriesOf(ReteSession session, FactHandle fact)
    {
        var memories = new List<AlphaMemory>();
        foreach (TypeNode node in _typeNodesOf.GetOrAdd(fact.Fact.GetType(), static (t, all) => [.. all.Where(n => n.Type.IsAssignableFrom(t))], _typeNodes))
        {
            node.Collect(session, fact, memories);
        }
        return memories;
    }

    public static ReteNetwork Build(ImmutableArray<RuleDefinition> definitions, EngineOptions options)
    {
        var builder = new Builder(new DelegateCompiler(options.Compilation));
        ImmutableArray<CompiledRule> rules = [.. definitions.Select((d, i) => builder.Compile(d, i))];
        builder.Finish();
        return new ReteNetwork(rules, builder.TypeNodes, builder.BetaNodes, builder.AlphaMemories, builder.Indexes);
    }

    private sealed class Builder(DelegateCompiler compiler)
    {
        private static readonly MethodInfo ValueAt = typeof(Token).GetMethod(nameof(Token.ValueAt))!;

        private readonly Dictionary<Type, TypeNode> _typeNodeOf = [];
        private readonly Dictionary<AlphaNode, Dictionary<StructuralKey, AlphaTestNode>> _tests = [];
        private readonly Dictionary<(int Memory, StructuralKey Key), RightIndex> _sharedIndexes = [];
        private readonly List<AlphaMemory> _memories = [];

        public List<TypeNode> TypeNodes { get; } = [];

        public int BetaNodes { get; private set; }

        public int AlphaMemories { get; private set; }

        public int Indexes { get; private set; }

        public CompiledRule Compile(RuleDefinition definition, int index)
        {
            var rule = new CompiledRule(definition, index);
            rule.Branches = [.. Alternatives.Of(definition.LeftHandSide).Select((elements, b) => CompileBranch(rule, b, elements))];
            rule.Actions = [.. definition.RightHandSide.Select(a => new CompiledAction(a, compiler.Make(ActionLambda(a.Expression))))];
            return rule;
        }

        public void Finish()
        {
            foreach (TypeNode node in TypeNodes) AddDispatches(node);
            // A fact entering a memory must reach the deeper nodes of a chain before the shallower ones: otherwise a
            // shallower node's new tokens would meet the fact at a deeper node through the memory, and the deeper
            // node's own notification would join them a second time.
            foreach (AlphaMemory memory in _memories)
            {
                List<IRightInput> ordered = [.. memory.Consumers.OrderByDescending(c => ((BetaNode)c).InputLevel)];
                memory.Consumers.Clear();
                memory.Consumers.AddRange(ordered);
            }
            compiler.Finish();
        }

        private CompiledBranch CompileBranch(CompiledRule rule, int index, ImmutableArray<RuleElement> elements)
        {
            var branch = new CompiledBranch(rule, index, elements);
            BetaNode? previous = null;
            for (int i = 0; i < elements.Length; i++)
            {
                BetaNode node = Node(branch, i, elements[i]);
                if (previous is null) branch.Entry = node;
                else previous.Child = node;
                previous = node;
            }
            var terminal = new TerminalNode(BetaNodes++, branch, elements.Length);
            if (previous is null) branch.Entry = terminal;
            else previous.Child = terminal;
            return branch;
        }

        private BetaNode Node(CompiledBranch branch, int i, RuleElement element)
        {
            switch (element)
            {
                case PatternElement { Source: null } pattern:
                {
                    Source source = Pattern(branch, i, pattern);
                    var node = new JoinNode(BetaNodes++, branch, i, source.Memory, source.Index, source.LeftKey, source.Conditions);
                    source.Memory.Consumers.Add(node);
                    Bind(branch, pattern.Declaration, i, value: true);
                    return node;
                }
                case PatternElement { Source: AggregateElement } query:
                {
                    var stages = new List<(AggregateElement Aggregate, PatternElement Result)>();
                    PatternElement current = query;
                    while (current.Source is AggregateElement aggregate)
                    {
                        stages.Insert(0, (aggregate, current));
                        current = aggregate.Source;
                    }
                    Source source = Pattern(branch, i, current);
                    QueryStageProgram[] programs = [.. stages.Select(s => new QueryStageProgram(
                        s.Aggregate,
                        new Owner(branch.Rule, $"{s.Aggregate.Kind}({string.Join(", ", s.Aggregate.Expressions)})"),
                        [.. s.Aggregate.Expressions.Select(e => Expression(branch, i, e, s.Aggregate.Source.Declaration))],
                        [.. s.Result.Conditions.Select(c => Condition(branch, i, c, s.Result.Declaration))]))];
                    var node = new AggregateNode(BetaNodes++, branch, i, source.Memory, source.Index, source.LeftKey, source.Conditions, programs);
                    source.Memory.Consumers.Add(node);
                    Bind(branch, query.Declaration, i, value: true);
                    return node;
                }
                case NotElement not:
                    return Gate(branch, i, not.Pattern, GateKind.Not, []);
                case ExistsElement exists:
                    return Gate(branch, i, exists.Pattern, GateKind.Exists, []);
                case ForAllElement all:
                    return Gate(branch, i, all.BasePattern, GateKind.ForAll,
                        [.. all.Conditions.Select(c => Condition(branch, i, c, all.BasePattern.Declaration))]);
                case BindingElement binding:
                {
                    var node = new BindingNode(BetaNodes++, branch, i, Expression(branch, i, binding.Expression, null));
                    Bind(branch, binding.Declaration, i, value: false);
                    return node;
                }
                case FilterElement filter:
                    return new FilterNode(BetaNodes++, branch, i, [.. filter.Conditions.Select(c => Condition(branch, i, c, null))]);
                default:
                    throw new NotSupportedException($"The engine does not run {element.GetType().Name} elements.");
            }
        }

        private GateNode Gate(CompiledBranch branch, int i, PatternElement pattern, GateKind kind, BetaCondition[] universal)
        {
            Source source = Pattern(branch, i, pattern);
            var node = new GateNode(BetaNodes++, branch, i, source.Memory, source.Index, source.LeftKey, source.Conditions, kind, universal);
            source.Memory.Consumers.Add(node);
            return node;
        }

        private static void Bind(CompiledBranch branch, Declaration declaration, int i, bool value)
        {
            branch.Levels[declaration] = i + 1;
            if (value) branch.AddValueLevel(i + 1);
        }

        private sealed record Source(AlphaMemory Memory, RightIndex? Index, LeftKey? LeftKey, BetaCondition[] Conditions);

        /// <summary>
        /// A pattern over facts: its conditions on the fact alone go to the shared alpha network, its equalities with
        /// earlier declarations to hash indexes, and its other join conditions stay in the node, in their order.
        /// </summary>
        private Source Pattern(CompiledBranch branch, int i, PatternElement pattern)
        {
            Declaration own = pattern.Declaration;
            AlphaMemory memory = AlphaMemoryOf(branch.Rule, pattern.ValueType,
                pattern.Conditions.Where(c => c.References.Length == 1 && c.References[0] == own));
            var keyed = new List<(ConditionElement Condition, LambdaExpression Inlined, Expression Own, Expression Other, bool ByReference)>();
            var rest = new List<BetaCondition>();
            foreach (ConditionElement condition in pattern.Conditions.Where(c => !(c.References.Length == 1 && c.References[0] == own)))
            {
                LambdaExpression inlined = ClosureInliner.Inline(condition.Expression);
                if (condition.References[0] == own && EqualityTerms.Join(inlined, inlined.Parameters[0]) is var (ownSide, other, byReference))
                {
                    keyed.Add((condition, inlined, ownSide, other, byReference));
                }
                else
                {
                    rest.Add(Condition(branch, i, condition, own));
                }
            }
            if (keyed.Count == 0) return new Source(memory, null, null, [.. rest]);

            RightIndex index = RightIndexOf(branch.Rule, memory, pattern.ValueType, keyed.Select(k => (k.Condition, k.Inlined.Parameters[0], k.Own, k.ByReference)).ToList());
            var leftParts = new KeyPart<Func<Token, object?, object?>>[keyed.Count];
            var leftHops = new int[keyed.Count][];
            for (int k = 0; k < keyed.Count; k++)
            {
                (ConditionElement condition, LambdaExpression inlined, _, Expression other, bool byReference) = keyed[k];
                int[] hops = Hops(branch, i, condition.References, own);
                leftParts[k] = new KeyPart<Func<Token, object?, object?>>(
                    compiler.Make(TokenLambda<object?>(System.Linq.Expressions.Expression.Lambda(other, inlined.Parameters), hops)), byReference);
                leftParts[k].Owners.Add(new Owner(branch.Rule, condition.ToString()));
                leftHops[k] = [.. hops.Where(h => h >= 0)];
            }
            return new Source(memory, index, new LeftKey(leftParts, leftHops), [.. rest]);
        }

        private AlphaMemory AlphaMemoryOf(CompiledRule rule, Type type, IEnumerable<ConditionElement> conditions)
        {
            if (!_typeNodeOf.TryGetValue(type, out TypeNode? typeNode))
            {
                _typeNodeOf[type] = typeNode = new TypeNode(type);
                TypeNodes.Add(typeNode);
            }
            AlphaNode node = typeNode;
            foreach (ConditionElement condition in conditions)
            {
                LambdaExpression inlined = ClosureInliner.Inline(condition.Expression);
                var key = new StructuralKey(inlined);
                if (!_tests.TryGetValue(node, out Dictionary<StructuralKey, AlphaTestNode>? tests)) _tests[node] = tests = [];
                if (!tests.TryGetValue(key, out AlphaTestNode? test))
                {
                    tests[key] = test = new AlphaTestNode(key, compiler.Make(FactLambda<bool>(inlined.Body, inlined.Parameters[0])));
                    node.Children.Add(test);
                }
                var owner = new Owner(rule, condition.ToString());
                if (!test.Owners.Contains(owner)) test.Owners.Add(owner);
                node = test;
            }
            if (node.Memory is null)
            {
                node.Memory = new AlphaMemory(AlphaMemories++);
                _memories.Add(node.Memory);
            }
            return node.Memory;
        }

        private RightIndex RightIndexOf(CompiledRule rule, AlphaMemory memory, Type type,
            List<(ConditionElement Condition, ParameterExpression Parameter, Expression Own, bool ByReference)> parts)
        {
            // Joins on the same expressions of the same memory share one index (composite keys as one array expression).
            var shareKey = (memory.Id, new StructuralKey(System.Linq.Expressions.Expression.Lambda(
                System.Linq.Expressions.Expression.NewArrayInit(typeof(object), parts.Select(p => System.Linq.Expressions.Expression.Convert(p.Own, typeof(object)))),
                parts[0].Parameter)));
            if (!_sharedIndexes.TryGetValue(shareKey, out RightIndex? index))
            {
                index = new RightIndex(Indexes++, [.. parts.Select(p => new KeyPart<Func<object, object?>>(
                    compiler.Make(FactLambda<object?>(p.Own, p.Parameter)), p.ByReference))]);
                memory.Indexes.Add(index);
                _sharedIndexes[shareKey] = index;
            }
            for (int k = 0; k < parts.Count; k++)
            {
                var owner = new Owner(rule, parts[k].Condition.ToString());
                if (!index.Parts[k].Owners.Contains(owner)) index.Parts[k].Owners.Add(owner);
            }
            return index;
        }

        /// <summary>Replaces sibling tests <c>key(fact) == constant</c> sharing one key expression by a hash dispatch.</summary>
        private void AddDispatches(AlphaNode node)
        {
            var groups = node.Children
                .Select(child => (Child: child, Split: EqualityTerms.Constant(child.Key.Lambda)))
                .Where(c => c.Split is not null)
                .GroupBy(c => new StructuralKey(System.Linq.Expressions.Expression.Lambda(c.Split!.Value.Own, c.Child.Key.Lambda.Parameters)))
                .Where(g => g.Count() >= 2)
                .ToList();
            foreach (var group in groups)
            {
                LambdaExpression keyLambda = group.Key.Lambda;
                var byConstant = group.ToDictionary(c => c.Split!.Value.Constant, c => c.Child);
                node.Dispatches.Add(new ConstantDispatch(compiler.Make(FactLambda<object?>(keyLambda.Body, keyLambda.Parameters[0])), byConstant));
                foreach (var (child, _) in group) node.Children.Remove(child);
            }
            foreach (AlphaTestNode child in node.Children) AddDispatches(child);
            foreach (ConstantDispatch dispatch in node.Dispatches)
            {
                foreach (AlphaTestNode child in dispatch.ByConstant.Values) AddDispatches(child);
            }
        }

        private BetaCondition Condition(CompiledBranch branch, int i, ConditionElement condition, Declaration? own)
        {
            LambdaExpression inlined = ClosureInliner.Inline(condition.Expression);
            int[] hops = Hops(branch, i, condition.References, own);
            return new BetaCondition(new Owner(branch.Rule, condition.ToString()), compiler.Make(TokenLambda<bool>(inlined, hops)), hops);
        }

        private BetaExpression Expression(CompiledBranch branch, int i, ExpressionElement expression, Declaration? own)
        {
            LambdaExpression inlined = ClosureInliner.Inline(expression.Expression);
            int[] hops = Hops(branch, i, expression.References, own);
            return new BetaExpression(new Owner(branch.Rule, expression.ToString()), compiler.Make(TokenLambda<object?>(inlined, hops)), hops);
        }

        /// <summary>For each reference, how many levels above the node's input token it is bound; -1 for the node's own value.</summary>
        private static int[] Hops(CompiledBranch branch, int i, ImmutableArray<Declaration> references, Declaration? own) =>
            [.. references.Select(d => d == own ? -1 : i - branch.Levels[d])];

        /// <summary><c>(token, value) => body</c>, each parameter read from the token (by its hops) or from the value.</summary>
        private static Expression<Func<Token, object?, TResult>> TokenLambda<TResult>(LambdaExpression lambda, int[] hops)
        {
            ParameterExpression token = System.Linq.Expressions.Expression.Parameter(typeof(Token), "tuple");
            ParameterExpression value = System.Linq.Expressions.Expression.Parameter(typeof(object), "value");
            var replacements = new Dictionary<ParameterExpression, Expression>();
            for (int k = 0; k < lambda.Parameters.Count; k++)
            {
                ParameterExpression parameter = lambda.Parameters[k];
                Expression source = hops[k] < 0
                    ? value
                    : System.Linq.Expressions.Expression.Call(ValueAt, token, System.Linq.Expressions.Expression.Constant(hops[k]));
                replacements[parameter] = System.Linq.Expressions.Expression.Convert(source, parameter.Type);
            }
            Expression body = ParameterReplacer.Replace(lambda.Body, replacements);
            if (body.Type != typeof(TResult)) body = System.Linq.Expressions.Expression.Convert(body, typeof(TResult));
            return System.Linq.Expressions.Expression.Lambda<Func<Token, object?, TResult>>(body, token, value);
        }

        /// <summary><c>fact => body</c> with <paramref name="parameter"/> read from the fact.</summary>
        private static Expression<Func<object, TResult>> FactLambda<TResult>(Expression body, ParameterExpression parameter)
        {
            ParameterExpression fact = System.Linq.Expressions.Expression.Parameter(typeof(object), "fact");
            Expression replaced = ParameterReplacer.Replace(body,
                new Dictionary<ParameterExpression, Expression> { [parameter] = System.Linq.Expressions.Expression.Convert(fact, parameter.Type) });
            if (replaced.Type != typeof(TResult)) replaced = System.Linq.Expressions.Expression.Convert(replaced, typeof(TResult));
            return System.Linq.Expressions.Expression.Lambda<Func<object, TResult>>(replaced, fact);
        }

        /// <summary><c>args => action(args[0], args[1], ...)</c>: the context then the references.</summary>
        private static Expression<Action<object?[]>> ActionLambda(LambdaExpression action)
        {
            ParameterExpression args = System.Linq.Expressions.Expression.Parameter(typeof(object?[]), "args");
            var replacements = new Dictionary<ParameterExpression, Expression>();
            for (int k = 0; k < action.Parameters.Count; k++)
            {
                replacements[action.Parameters[k]] = System.Linq.Expressions.Expression.Convert(
                    System.Linq.Expressions.Expression.ArrayIndex(args, System.Linq.Expressions.Expression.Constant(k)), action.Parameters[k].Type);
            }
            return System.Linq.Expressions.Expression.Lambda<Action<object?[]>>(ParameterReplacer.Replace(action.Body, replacements), args);
        }
    }
}

/// <summary>The factory of real sessions: the rules compiled once into a <see cref="ReteNetwork"/>.</summary>
internal sealed class ReteSessionFactory : ISessionFactory
{
    private readonly Lazy<Reference.NaiveRuleSet> _naive;

    public ReteSessionFactory(ImmutableArray<RuleDefinition> rules, EngineOptions options)
    {
        Rules = rules;
        Options = options;
        Network = ReteNetwork.Build(rules, options);
        _naive = new Lazy<Reference.NaiveRuleSet>(() => new Reference.NaiveRuleSet(rules, ExpressionCompilation.Interpreted));
    }

    public IReadOnlyList<RuleDefinition> Rules { get; }

    public EngineOptions Options { get; }

    public IServiceProvider? DependencyResolver { get; set; }

    public ReteNetwork Network { get; }

    /// <summary>The rules for the naive matcher that explains why a rule did not fire, made on first use.</summary>
    public Reference.NaiveRuleSet Naive => _naive.Value;

    public ISession CreateSession() => new ReteSession(this);
}
