using Microsoft.CodeAnalysis;

namespace ResearchContent.Generators.Diagnostics
{
    /// <summary>The diagnostics of the merge: one paper stated by several sources, and keys across sources.</summary>
    internal static partial class DiagnosticDescriptors
    {
        public static readonly DiagnosticDescriptor KeyUsedAcrossSources = Error(
            "RC1301", "Key is used by two publications",
            "The key '{0}' is also the key of a different publication in {1}. Give one of them another key, or, if they are the same paper, give both the same DOI.");

        public static readonly DiagnosticDescriptor SourcesDisagree = Warning(
            "RC2301", "Sources of one paper disagree",
            "The {0} here, '{1}', differs from the {0} in {2}, '{3}', for the same paper. Correct whichever is wrong, so that every source says the same.");

        public static readonly DiagnosticDescriptor KeyNotUsable = Warning(
            "RC2302", "BibTeX key cannot be the catalog's key",
            "The BibTeX key '{0}' cannot be a catalog key ({1}), so the publication gets the key '{2}'. Rename the entry with a letter, then letters, digits, '_', '-' or ':' to keep its own key.");
    }
}
