using System.Linq.Expressions;

namespace DraftCheck.Engine.Compiling;

/// <summary>
/// A delegate made from an expression tree once for every session of a factory. With
/// <see cref="ExpressionCompilation.Tiered"/> it starts interpreted (creating an interpreted delegate costs about a
/// twentieth of compiling one) and is compiled to IL on a thread-pool thread after <see cref="PromotionThreshold"/>
/// calls; callers keep running the interpreted delegate meanwhile. Both give the same results and throw the same
/// exceptions.
/// </summary>
internal sealed class CompiledDelegate<TDelegate> : ICompiledDelegate where TDelegate : Delegate
{
    public const int PromotionThreshold = 32;

    private readonly Expression<TDelegate> _lambda;
    private TDelegate? _current;
    private int _uses;
    private int _state; // 0: tiered, interpreted; 1: being compiled; 2: final

    public CompiledDelegate(Expression<TDelegate> lambda, ExpressionCompilation mode)
    {
        _lambda = lambda;
        switch (mode)
        {
            case ExpressionCompilation.Interpreted:
                _current = lambda.Compile(preferInterpretation: true);
                _state = 2;
                break;
            case ExpressionCompilation.Eager:
                // Compiled by CompileAll, in parallel with the factory's other delegates.
                _state = 1;
                break;
            default:
                _current = lambda.Compile(preferInterpretation: true);
                break;
        }
    }

    /// <summary>The delegate to call now.</summary>
    public TDelegate Invoke
    {
        get
        {
            if (_state == 0) CountUse();
            return _current ?? Compile();
        }
    }

    public void CompileNow()
    {
        if (_current is null || _state != 2) Compile();
    }

    private TDelegate Compile()
    {
        TDelegate compiled = _lambda.Compile();
        Volatile.Write(ref _current, compiled);
        Volatile.Write(ref _state, 2);
        return compiled;
    }

    private void CountUse()
    {
        if (++_uses >= PromotionThreshold && Interlocked.CompareExchange(ref _state, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static self => self.Promote(), this, preferLocal: false);
        }
    }

    private void Promote()
    {
        try
        {
            Compile();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The interpreted delegate works; keep it rather than fail a thread-pool thread.
            Volatile.Write(ref _state, 2);
        }
    }

    public override string ToString() => _lambda.ToString();
}

/// <summary>A delegate that can be compiled ahead of its first call.</summary>
internal interface ICompiledDelegate
{
    void CompileNow();
}

/// <summary>Makes the delegates of one factory and, in <see cref="ExpressionCompilation.Eager"/> mode, compiles them all in parallel.</summary>
internal sealed class DelegateCompiler(ExpressionCompilation mode)
{
    private readonly List<ICompiledDelegate> _made = [];

    public ExpressionCompilation Mode { get; } = mode;

    public CompiledDelegate<TDelegate> Make<TDelegate>(Expression<TDelegate> lambda) where TDelegate : Delegate
    {
        var made = new CompiledDelegate<TDelegate>(lambda, Mode);
        _made.Add(made);
        return made;
    }

    public void Finish()
    {
        if (Mode == ExpressionCompilation.Eager) Parallel.ForEach(_made, d => d.CompileNow());
    }
}
