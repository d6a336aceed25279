using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace DraftCheck.Compilation.Roslyn;

/// <summary>
/// Injects <c>RuleBudget.Check("File.cs(line,col)")</c> where rule code can run for ever: at the entry of every method,
/// accessor, local function and lambda, at the top of every loop body and catch block (so that a rule cannot swallow the
/// budget's exception and go on), before every <c>goto</c>, and around the clauses of query expressions. Lambdas
/// converted to expression trees (a rule's conditions and actions) are left alone: they cannot loop by themselves, only
/// call methods, which are instrumented, and the engine analyses their shape. Positions come from the original tree.
/// </summary>
internal sealed class BudgetInstrumenter(SemanticModel model, string fileName) : CSharpSyntaxRewriter
{
    private const string Budget = "global::DraftCheck.Rules.RuleBudget";

    public static SyntaxTree Instrument(SyntaxTree tree, SemanticModel model, string fileName)
    {
        SyntaxNode root = new BudgetInstrumenter(model, fileName).Visit(tree.GetRoot());
        return tree.WithRootAndOptions(root, tree.Options);
    }

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
        InstrumentMethod(node, (BaseMethodDeclarationSyntax)base.VisitMethodDeclaration(node)!, node.Identifier);

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) =>
        InstrumentMethod(node, (BaseMethodDeclarationSyntax)base.VisitConstructorDeclaration(node)!, node.Identifier);

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node) =>
        InstrumentMethod(node, (BaseMethodDeclarationSyntax)base.VisitOperatorDeclaration(node)!, node.OperatorToken);

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node) =>
        InstrumentMethod(node, (BaseMethodDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!, node.OperatorKeyword);

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        StatementSyntax check = CheckAt(node.Keyword);
        if (visited.Body is { } body) return visited.WithBody(Prepend(check, body));
        if (visited.ExpressionBody is { } arrow && model.GetDeclaredSymbol(node) is IMethodSymbol accessor)
        {
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(ToBlock(check, arrow.Expression, accessor.ReturnsVoid));
        }
        return visited;
    }

    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        if (visited.ExpressionBody is not { } arrow) return visited;
        AccessorDeclarationSyntax getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, ToBlock(CheckAt(node.Identifier), arrow.Expression, returnsVoid: false));
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(AccessorList(List([getter])));
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        if (visited.ExpressionBody is not { } arrow) return visited;
        AccessorDeclarationSyntax getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, ToBlock(CheckAt(node.ThisKeyword), arrow.Expression, returnsVoid: false));
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(AccessorList(List([getter])));
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        StatementSyntax check = CheckAt(node.Identifier);
        if (visited.Body is { } body) return visited.WithBody(Prepend(check, body));
        if (visited.ExpressionBody is { } arrow && model.GetDeclaredSymbol(node) is IMethodSymbol function)
        {
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(ToBlock(check, arrow.Expression, function.ReturnsVoid));
        }
        return visited;
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
        IsExpressionTree(node) ? node : InstrumentLambda(node, (LambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!);

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
        IsExpressionTree(node) ? node : InstrumentLambda(node, (LambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!);

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        if (IsExpressionTree(node)) return node;
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return visited.WithBlock(Prepend(CheckAt(node.DelegateKeyword), visited.Block));
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(Prepend(CheckAt(node.WhileKeyword), visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(Prepend(CheckAt(node.DoKeyword), visited.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(Prepend(CheckAt(node.ForKeyword), visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(Prepend(CheckAt(node.ForEachKeyword), visited.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(Prepend(CheckAt(node.ForEachKeyword), visited.Statement));
    }

    public override SyntaxNode? VisitCatchClause(CatchClauseSyntax node)
    {
        var visited = (CatchClauseSyntax)base.VisitCatchClause(node)!;
        return visited.WithBlock(Prepend(CheckAt(node.CatchKeyword), visited.Block));
    }

    public override SyntaxNode? VisitGotoStatement(GotoStatementSyntax node)
    {
        var visited = (GotoStatementSyntax)base.VisitGotoStatement(node)!;
        return Block(CheckAt(node.GotoKeyword), visited);
    }

    // Query clauses become lambdas without a body to hold a check: pass their values through RuleBudget.Pass instead.
    public override SyntaxNode? VisitWhereClause(WhereClauseSyntax node)
    {
        var visited = (WhereClauseSyntax)base.VisitWhereClause(node)!;
        return visited.WithCondition(Pass(node.Condition, visited.Condition));
    }

    public override SyntaxNode? VisitSelectClause(SelectClauseSyntax node)
    {
        var visited = (SelectClauseSyntax)base.VisitSelectClause(node)!;
        return visited.WithExpression(Pass(node.Expression, visited.Expression));
    }

    public override SyntaxNode? VisitFromClause(FromClauseSyntax node)
    {
        var visited = (FromClauseSyntax)base.VisitFromClause(node)!;
        return visited.WithExpression(Pass(node.Expression, visited.Expression));
    }

    public override SyntaxNode? VisitLetClause(LetClauseSyntax node)
    {
        var visited = (LetClauseSyntax)base.VisitLetClause(node)!;
        return visited.WithExpression(Pass(node.Expression, visited.Expression));
    }

    public override SyntaxNode? VisitOrdering(OrderingSyntax node)
    {
        var visited = (OrderingSyntax)base.VisitOrdering(node)!;
        return visited.WithExpression(Pass(node.Expression, visited.Expression));
    }

    public override SyntaxNode? VisitJoinClause(JoinClauseSyntax node)
    {
        var visited = (JoinClauseSyntax)base.VisitJoinClause(node)!;
        return visited.WithLeftExpression(Pass(node.LeftExpression, visited.LeftExpression))
            .WithRightExpression(Pass(node.RightExpression, visited.RightExpression));
    }

    public override SyntaxNode? VisitGroupClause(GroupClauseSyntax node)
    {
        var visited = (GroupClauseSyntax)base.VisitGroupClause(node)!;
        return visited.WithGroupExpression(Pass(node.GroupExpression, visited.GroupExpression))
            .WithByExpression(Pass(node.ByExpression, visited.ByExpression));
    }

    private SyntaxNode InstrumentMethod(BaseMethodDeclarationSyntax original, BaseMethodDeclarationSyntax visited, SyntaxToken name)
    {
        StatementSyntax check = CheckAt(name);
        if (visited.Body is { } body) return visited.WithBody(Prepend(check, body));
        if (visited.ExpressionBody is { } arrow && model.GetDeclaredSymbol(original) is IMethodSymbol method)
        {
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(ToBlock(check, arrow.Expression, method.ReturnsVoid));
        }
        return visited; // abstract, extern or partial without a body
    }

    private SyntaxNode InstrumentLambda(LambdaExpressionSyntax original, LambdaExpressionSyntax visited)
    {
        StatementSyntax check = CheckAt(original.ArrowToken);
        if (visited.Block is { } block) return visited.WithBlock(Prepend(check, block));
        if (visited.ExpressionBody is { } expression && model.GetSymbolInfo(original).Symbol is IMethodSymbol lambda)
        {
            return visited.WithExpressionBody(null).WithBlock(ToBlock(check, expression, lambda.ReturnsVoid));
        }
        return visited;
    }

    /// <summary>Whether the lambda becomes an expression tree (<c>Expression&lt;Func&lt;...&gt;&gt;</c>) rather than a delegate.</summary>
    private bool IsExpressionTree(AnonymousFunctionExpressionSyntax node)
    {
        for (ITypeSymbol? type = model.GetTypeInfo(node).ConvertedType; type is not null; type = type.BaseType)
        {
            if (type.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions") return true;
        }
        return false;
    }

    private ExpressionSyntax Pass(ExpressionSyntax original, ExpressionSyntax visited)
    {
        // Only values with a type of their own: a null literal or a lambda would not infer Pass<T>'s T.
        if (model.GetTypeInfo(original).Type is null || original is AnonymousFunctionExpressionSyntax) return visited;
        return InvocationExpression(ParseExpression($"{Budget}.Pass"),
            ArgumentList(SeparatedList([Argument(visited.WithoutTrivia()), Argument(Site(original.GetFirstToken()))])))
            .WithTriviaFrom(visited);
    }

    private static BlockSyntax ToBlock(StatementSyntax check, ExpressionSyntax expression, bool returnsVoid)
    {
        StatementSyntax body = expression switch
        {
            ThrowExpressionSyntax thrown => ThrowStatement(thrown.Expression),
            _ when returnsVoid => ExpressionStatement(expression),
            _ => ReturnStatement(expression.WithLeadingTrivia(Space)),
        };
        return Block(check, body);
    }

    private static BlockSyntax Prepend(StatementSyntax check, BlockSyntax block) => block.WithStatements(block.Statements.Insert(0, check));

    private static StatementSyntax Prepend(StatementSyntax check, StatementSyntax body) =>
        body is BlockSyntax block ? Prepend(check, block) : Block(check, body);

    private StatementSyntax CheckAt(SyntaxToken token) =>
        ExpressionStatement(InvocationExpression(ParseExpression($"{Budget}.Check"), ArgumentList(SingletonSeparatedList(Argument(Site(token))))));

    private LiteralExpressionSyntax Site(SyntaxToken token)
    {
        LinePosition start = token.GetLocation().GetLineSpan().StartLinePosition;
        return LiteralExpression(SyntaxKind.StringLiteralExpression, Literal($"{fileName}({start.Line + 1},{start.Character + 1})"));
    }
}
