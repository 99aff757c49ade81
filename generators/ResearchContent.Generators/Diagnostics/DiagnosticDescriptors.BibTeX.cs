using Microsoft.CodeAnalysis;

namespace ResearchContent.Generators.Diagnostics
{
    /// <summary>
    /// The diagnostics of BibTeX files (<c>Sources/BibTeX</c>): errors RC11xx, which leave the entry out of the catalog,
    /// and warnings RC21xx, which keep it. Each is located at the exact place in the <c>.bib</c> file.
    /// </summary>
    internal static partial class DiagnosticDescriptors
    {
        public static readonly DiagnosticDescriptor BibTeXEntryNotClosed = Error(
            "RC1101", "BibTeX entry is never closed",
            "The entry '{0}' is never closed: its closing '{1}' is missing before {2}. Close it with '{1}' after its last field; the entry is left out.");

        public static readonly DiagnosticDescriptor BibTeXValueNotClosed = Error(
            "RC1102", "BibTeX value is never closed",
            "The value of '{0}' in '{1}' is never closed before {2}. Add the missing '{3}' (BibTeX counts every brace in a value, even '\\{{', so braces must balance); the entry is left out.");

        public static readonly DiagnosticDescriptor BibTeXEntryWithoutKey = Error(
            "RC1103", "BibTeX entry has no key",
            "This @{0} entry has no citation key. Write the key right after '@{0}{{', followed by a comma, as in '@{0}{{zhang2021selective,'; the entry is left out.");

        public static readonly DiagnosticDescriptor DuplicateBibTeXKey = Error(
            "RC1104", "Duplicate BibTeX key",
            "The key '{0}' is already used by the entry on line {1} of this file (keys are compared ignoring case, as BibTeX does). Give each entry its own key; this entry is left out.");

        public static readonly DiagnosticDescriptor MalformedBibTeXEntry = Error(
            "RC1105", "BibTeX entry is malformed",
            "In '{0}', {1} is expected here, but {2} is found. Write each field as 'name = {{value}}', with a comma between fields; the entry is left out.");

        public static readonly DiagnosticDescriptor BibTeXMacrosExpandTooFar = Error(
            "RC1106", "BibTeX macros expand too far",
            "The @string macros used in the value of '{0}' in '{1}' expand to more than {2} characters in this file. Check the @string definitions for a macro that is concatenated with itself again and again; the entry is left out.");

        public static readonly DiagnosticDescriptor UndefinedBibTeXMacro = Warning(
            "RC2101", "BibTeX macro is not defined",
            "The @string macro '{0}' is not defined above this point, so its name is kept as the text. Define it with '@string{{{0} = {{…}}}}' above the entry, or write the text in braces: '{{{0}}}'.");

        public static readonly DiagnosticDescriptor BibTeXEntryWithoutTitle = Warning(
            "RC2102", "BibTeX entry has no title",
            "The entry '{0}' has no title. Add 'title = {{…}}'.");

        public static readonly DiagnosticDescriptor BibTeXEntryWithoutYear = Warning(
            "RC2103", "BibTeX entry has no year",
            "The entry '{0}' {1}. Write 'year = {{2021}}' (or biblatex's 'date = {{2021-03-05}}'); until then the publication has no year.");

        public static readonly DiagnosticDescriptor UnknownLaTeXCommand = Warning(
            "RC2104", "Unknown LaTeX command",
            "The LaTeX command '{0}' is not one ResearchContent knows, so it is kept as '{1}'. Write the character itself (a .bib file may be UTF-8), or one of the commands listed in docs/sources-bibtex.md.");

        public static readonly DiagnosticDescriptor RepeatedBibTeXField = Warning(
            "RC2105", "BibTeX field is repeated",
            "The field '{0}' is given again in '{1}'; the first value, on line {2}, is used, as BibTeX does. Remove one of the two.");
    }
}
