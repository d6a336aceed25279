using DraftCheck.Rules.Model;

namespace DraftCheck.Rules;

/// <summary>What a rule's actions can do while the rule fires: change the facts, and (through <see cref="ContextExtensions"/>) report findings.</summary>
public interface IContext
{
    /// <summary>The rule that is firing.</summary>
    RuleDefinition Rule { get; }

    /// <summary>The facts the firing activation matched, in the order of the rule's patterns.</summary>
    IReadOnlyList<object> Facts { get; }

    /// <summary>Stops the engine once this action ends.</summary>
    void Halt();

    /// <summary>Inserts a new fact; later rules can match it (forward chaining).</summary>
    void Insert(object fact);

    /// <summary>Inserts new facts.</summary>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Tells the engine that a fact it holds has changed.</summary>
    void Update(object fact);

    /// <summary>Removes a fact.</summary>
    void Retract(object fact);

    /// <summary>Inserts a fact linked to the firing activation: it is retracted when the activation's match goes away.</summary>
    void InsertLinked(object fact);
}
