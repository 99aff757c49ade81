using Microsoft.CodeAnalysis;

namespace ResearchContent.Generators.Diagnostics
{
    /// <summary>
    /// The diagnostics of academicpages collection files (<c>_publications/*.md</c>): errors RC12xx, warnings RC22xx.
    /// Each one is at the front-matter line it is about.
    /// </summary>
    internal static partial class DiagnosticDescriptors
    {
        public static readonly DiagnosticDescriptor InvalidCollectionFrontMatter = Error(
            "RC1201", "Publication front matter is not valid YAML",
            "The front matter of this publication is not valid YAML: {0}. Fix the YAML between the two '---' lines at the top of the file; quote a value that holds ': ' or starts with a quote, and write a quote inside single quotes as ''.");

        public static readonly DiagnosticDescriptor MissingCollectionTitle = Error(
            "RC1202", "Publication has no title",
            "This publication has no title. Add a line such as 'title: \"Paper Title\"' to its front matter.");

        public static readonly DiagnosticDescriptor InvalidCollectionKey = Error(
            "RC1203", "Publication key is invalid",
            "The key '{0}' cannot be used: {1}. Write a key that starts with a letter and has only letters, digits, '_', '-' and ':', such as 'key: zhang2021selective', or remove the line to use the derived key.");

        public static readonly DiagnosticDescriptor MissingCollectionDate = Warning(
            "RC2201", "Publication has no date",
            "This publication has no date, and its file name does not start with one, so Jekyll dates it at the time of the build. Add a line such as 'date: 2021-03-05' to its front matter.");

        public static readonly DiagnosticDescriptor UnreadableCollectionDate = Warning(
            "RC2202", "Publication date cannot be read",
            "The date '{0}' cannot be read; {1}. Write it as 'date: 2021-03-05', 'date: 2021-03' or 'date: 2021'.");

        public static readonly DiagnosticDescriptor IncompleteCollectionCitation = Warning(
            "RC2203", "Publication citation could not be read completely",
            "The citation of '{0}' could not be read confidently: its {1} could not be found. Write it as 'Authors (Year). Title. Journal, Volume(Issue), Pages.' (APA) or 'Authors, \"Title,\" Journal, vol. V, no. N, pp. P, Year.' (IEEE); HTML such as &quot; and <i> is fine.");

        public static readonly DiagnosticDescriptor CollectionFileWithoutFrontMatter = Warning(
            "RC2204", "Publication file has no front matter",
            "This file has no front matter, so Jekyll copies it as it is and lists no publication for it. Start it with a '---' line, the paper's 'title:', 'date:' and 'venue:' lines, and another '---' line, or move it out of _publications.");

        public static readonly DiagnosticDescriptor UnknownCollectionCategory = Warning(
            "RC2205", "Publication category is not in _config.yml",
            "The category '{0}' is not one of the publication categories of _config.yml ({1}), so the publications page does not list this paper. Use one of them, or add '{0}' under publication_category in _config.yml.");

        public static readonly DiagnosticDescriptor RepeatedCollectionField = Warning(
            "RC2206", "Front matter field is given twice",
            "'{0}' is also given on line {1}; Jekyll uses this later value, and so does the catalog. Remove the line that is out of date.");

        public static readonly DiagnosticDescriptor CollectionDoiMismatch = Warning(
            "RC2207", "Front matter DOI differs from the DOI in the citation",
            "The front matter's DOI '{0}' differs from the DOI '{1}' in the citation; the catalog uses the front matter's. Make them the same paper.");
    }
}
