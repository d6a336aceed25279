namespace DraftCheck.Model;

/// <summary>
/// Something a reader tolerated in a draft (an unknown field code, a schema-invalid element, a broken numbering
/// reference), kept as data; the program that runs the check decides what to print.
/// </summary>
/// <param name="Code">A stable code such as <c>DW0101</c>.</param>
/// <param name="Message">One line saying what was tolerated and what was done about it.</param>
/// <param name="Location">Where, when known; otherwise <see cref="Location.None"/>.</param>
public sealed record ReadWarning(string Code, string Message, Location Location);
