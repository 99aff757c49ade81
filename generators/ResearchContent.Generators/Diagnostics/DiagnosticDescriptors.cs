using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ResearchContent.Generators.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator reports. IDs are stable: docs/diagnostics.md has one section per ID,
    /// and users suppress or escalate them by ID in a .globalconfig; each links to its section.
    /// </summary>
    internal static partial class DiagnosticDescriptors
    {
        private const string Category = "ResearchContent";

        public static readonly DiagnosticDescriptor InvalidFrontMatter = Error(
            "RC0001", "Front matter is not valid YAML",
            "The front matter is not valid YAML: {0}. Fix the YAML between the two '---' lines at the top of the page.");

        public static readonly DiagnosticDescriptor UnexpectedFailure = Error(
            "RC0002", "The generator failed unexpectedly",
            "ResearchContent could not process this file: {0}. Please report this with the file that causes it.");

        public static readonly DiagnosticDescriptor UnreadableFile = Error(
            "RC0003", "Content file cannot be read",
            "The content file could not be read. Check that it exists and is UTF-8 text.");

        public static readonly DiagnosticDescriptor MissingLabel = Error(
            "RC1001", "Entry has no label",
            "This entry has no label. Start it with a label line such as '<b>2021-#3</b>', or move text that is not a publication below the final '----------' line.");

        public static readonly DiagnosticDescriptor MalformedLabel = Error(
            "RC1002", "Label is malformed",
            "The label '{0}' is not of the form 'YEAR-#NUMBER'. Write it like '<b>2021-#3</b>'.");

        public static readonly DiagnosticDescriptor MissingTitle = Error(
            "RC1003", "Entry has no title",
            "Entry '{0}' has no title. Put the title in '<b>…</b>' at the top of the centred header block (an English title, a Chinese one, or both).");

        public static readonly DiagnosticDescriptor MissingCitationLink = Error(
            "RC1004", "Entry has no citation link",
            "Entry '{0}' has no citation link. Write the citation as '<a href=\"" + DoiLink.Prefix + "…\">citation text</a>' in the header block.");

        public static readonly DiagnosticDescriptor LabelYearMismatch = Error(
            "RC1005", "Label year differs from the citation year",
            "The label '{0}' says {1}, but the citation says {2}. Correct whichever is wrong.");

        public static readonly DiagnosticDescriptor DuplicateLabel = Error(
            "RC1006", "Duplicate label",
            "The label '{0}' is already used on line {1} of this page. Give each entry its own number.");

        public static readonly DiagnosticDescriptor DuplicateKey = Error(
            "RC1007", "Duplicate key",
            "The key '{0}' is already used by '{1}' ({2}). Choose another key with '<!-- key: … -->' in this entry.");

        public static readonly DiagnosticDescriptor InvalidKey = Error(
            "RC1008", "Invalid key",
            "The key '{0}' cannot be used: {1}. Choose another key: one that starts with a letter and has only letters, digits, '_', '-' and ':'.");

        public static readonly DiagnosticDescriptor ImageWithoutSource = Error(
            "RC1009", "Image has no source",
            "This <img> has no 'src'. Add the image path, such as src=\"/images/figure.png\".");

        public static readonly DiagnosticDescriptor InvalidImageWidth = Error(
            "RC1010", "Image width is not a positive integer",
            "The width '{0}' is not a positive whole number of pixels. Write it like width=\"800\".");

        public static readonly DiagnosticDescriptor UnsafeLink = Error(
            "RC1011", "Link is not http or https",
            "The link '{0}' is not an http(s) address. Link to the paper's DOI (" + DoiLink.Prefix + "…) or publisher page.");

        public static readonly DiagnosticDescriptor UnreadableContent = Error(
            "RC1012", "Content cannot be read as part of an entry",
            "This {0} cannot be read as part of an entry. Entries hold a label, a header block, abstract paragraphs, figures and notes, but no field holds this; move it below the final '----------' line, or link to it.");

        public static readonly DiagnosticDescriptor DuplicateDoi = Error(
            "RC1014", "Duplicate DOI",
            "The DOI '{0}' is already cited by '{1}' ({2}). Each paper should appear once; remove or correct one of them.");

        public static readonly DiagnosticDescriptor MissingImageFile = Warning(
            "RC2001", "Image file is not among the content files",
            "The image '{0}' is not among the project's content files. Add it (for example under content/images/) or correct the path.");

        public static readonly DiagnosticDescriptor DuplicateAltText = Warning(
            "RC2002", "Same alt text on several figures",
            "The alt text '{0}' is also used on line {1}. Describe what this figure shows, for readers who cannot see it.");

        public static readonly DiagnosticDescriptor TitleDiffersFromCitation = Warning(
            "RC2003", "Title differs from the citation",
            "The title of '{0}' does not appear in its citation. Make the header title and the citation's title the same paper.");

        public static readonly DiagnosticDescriptor MissingChineseTitle = Warning(
            "RC2004", "Chinese title is missing",
            "Entry '{0}' has no Chinese title, while this page is bilingual. Add '<br><b>中文标题</b>' after the English title.");

        public static readonly DiagnosticDescriptor MissingChineseAbstract = Warning(
            "RC2005", "Chinese abstract is missing",
            "Entry '{0}' has no Chinese abstract, while this page is bilingual. Add a Chinese paragraph after the English abstract.");

        public static readonly DiagnosticDescriptor MissingCitationYear = Warning(
            "RC2006", "Citation has no year",
            "The citation of '{0}' has no year, so its label year cannot be checked. Add the year, as in '(2021)'.");

        public static readonly DiagnosticDescriptor IncompleteCitation = Warning(
            "RC2007", "Citation could not be read completely",
            "The citation of '{0}' could not be read confidently: its {1} could not be found. Write it as 'Authors (Year), Title, Journal, Volume, Pages.' (AGU) or 'Authors (Year). Title. Journal, Volume, Pages.' (APA).");

        public static readonly DiagnosticDescriptor UnclosedElement = Warning(
            "RC2008", "Element is never closed",
            "This <{0}> is never closed, so it runs to the end of the entry, as Jekyll reads it. Close it with '</{0}>' where it should end.");

        public static readonly DiagnosticDescriptor RepeatedText = Warning(
            "RC2009", "Text is repeated",
            "This {0} repeats text already read in {1}, and is not read again. Remove one of the two copies.");

        public static readonly DiagnosticDescriptor DoiMismatch = Warning(
            "RC2010", "DOI in the link differs from the DOI in the citation",
            "The link's DOI '{0}' differs from the DOI '{1}' in the citation text; the catalog uses the link's. Make them the same paper.");

        public static readonly DiagnosticDescriptor MisleadingCharacter = Warning(
            "RC2011", "Invisible or direction-changing character",
            "The {0} holds {1}, which no one sees on screen but which changes the text: it reorders the characters around it or makes text that looks alike differ (the 'Trojan Source' class, CVE-2021-42574). Delete it; where it is meant, write it as the character reference '&#x{2};', which reviewers can see.");

        public static readonly DiagnosticDescriptor CitationLinksSitePage = Warning(
            "RC2014", "Citation links to a page of the site",
            "Entry '{0}' links its citation to '{1}', a path on this site: the link works on the site, but not in reports or CVs built from the catalog. Link the paper's DOI (" + DoiLink.Prefix + "…) or publisher page.");

        public static readonly DiagnosticDescriptor UnlinkedCitation = Warning(
            "RC2012", "Citation has no link",
            "Entry '{0}' gives its citation as plain text, with no link: it is read, but readers cannot follow it to the paper. Link it: '<a href=\"" + DoiLink.Prefix + "…\">citation text</a>'.");

        public static readonly DiagnosticDescriptor LabelYearOneOff = Warning(
            "RC2013", "Label year is a year off the citation year",
            "The label '{0}' says {1} and the citation {2}. A paper online one year and in an issue the next is labelled by either; if this is a slip, correct whichever is wrong.");

        public static readonly DiagnosticDescriptor NonCanonicalDoiLink = Info(
            "RC3001", "DOI link is not in the recommended form",
            "Link the DOI as '{0}': Crossref's display guidelines recommend " + DoiLink.Prefix + " links.");

        public static readonly DiagnosticDescriptor DerivedKeyMadeUnique = Info(
            "RC3002", "Derived key made unique",
            "The key '{0}' derived for '{1}' is already taken by '{2}' ({3}), so '{1}' gets the key '{4}'. To choose the keys yourself, set them with '<!-- key: … -->'.");

        public static readonly DiagnosticDescriptor PropertiesLimited = Info(
            "RC3003", "Publications past the property limit have no property of their own",
            "The catalog has {0} publications; the first {1} have a property of their own on ResearchCatalog, and the rest are found with ResearchCatalog.TryGet(key) or ResearchCatalog.Publications, because the runtime loads no class with more than 65,535 methods.");

        public static IEnumerable<DiagnosticDescriptor> All => Lookup.ById.Values.OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal);

        public static DiagnosticDescriptor Get(string id) => Lookup.ById[id];

        // Read by reflection on first use, when every part of this partial class has initialized its descriptors (the
        // order of static initializers across parts is unspecified), so no descriptor can be left out of the lookup,
        // the docs test or the release tracking.
        private static class Lookup
        {
            public static readonly Dictionary<string, DiagnosticDescriptor> ById = typeof(DiagnosticDescriptors)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
                .Select(field => (DiagnosticDescriptor)field.GetValue(null))
                .ToDictionary(descriptor => descriptor.Id, StringComparer.Ordinal);
        }

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));

        private static DiagnosticDescriptor Info(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));
    }
}
