namespace GoldenThread.Core.Exports;

/// <summary>
/// Text written into spreadsheet cells (xlsx and CSV exports), neutralised so a spreadsheet program never reads it as a formula.
/// The one guard every export uses.
/// </summary>
public static class SpreadsheetText
{
    /// <summary>The character put in front of text that would otherwise start a formula.</summary>
    public const char FormulaGuard = '\'';

    /// <summary>Prefixes an apostrophe when the text starts with = + - @ (or a tab or carriage return, which can hide one).</summary>
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return IsFormulaStart(text[0]) ? FormulaGuard + text : text;
    }

    public static bool IsFormulaStart(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';
}
