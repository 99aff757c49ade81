using System.Collections.Generic;
using System.Text;
using ResearchContent.Generators.Diagnostics;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// The text of an entry's fields: LaTeX read into Unicode, except for the fields that hold links, identifiers and
    /// file names, which are taken verbatim, as biblatex declares <c>url</c>, <c>doi</c> and <c>eprint</c>. Each field
    /// is decoded once, and its unknown LaTeX commands are reported where they are written.
    /// </summary>
    internal sealed class BibTeXFieldText
    {
        private static readonly HashSet<string> VerbatimFields = new()
        {
            "url", "doi", "eprint", "file", "isbn", "issn", "pmid", "pmcid", "urldate",
            "pdf", "code", "slides", "poster", "html", "website", "video", "arxiv", "supp", "blog", "preview",
            "google_scholar_id", "altmetric", "dimensions", "inspirehep_id",
        };

        private readonly BibTeXEntry _entry;
        private readonly BibTeXDiagnosticList _diagnostics;
        private readonly Dictionary<string, string> _texts = new();

        /// <summary>The text of <paramref name="entry"/>'s fields, reporting to <paramref name="diagnostics"/>.</summary>
        public BibTeXFieldText(BibTeXEntry entry, BibTeXDiagnosticList diagnostics)
        {
            _entry = entry;
            _diagnostics = diagnostics;
        }

        /// <summary>The text of the field, or <see langword="null"/> when the entry has no such field.</summary>
        /// <param name="name">The field's name, lower-case.</param>
        public string? Of(string name)
        {
            if (_texts.TryGetValue(name, out var known))
            {
                return known;
            }

            var field = _entry.Field(name);
            if (field is null)
            {
                return null;
            }

            string text;
            if (VerbatimFields.Contains(name))
            {
                text = Verbatim(field.Value.Text);
            }
            else
            {
                var unknown = new List<UnknownLaTeXCommand>();
                text = LaTeXDecoder.Decode(field.Value.Text, keepParagraphs: name == "abstract", unknown);
                foreach (var command in unknown)
                {
                    _diagnostics.Add(
                        DiagnosticDescriptors.UnknownLaTeXCommand, field.Value.FileOffset(command.Offset), command.Length,
                        command.Command, command.KeptAs);
                }
            }

            _texts[name] = text;
            return text;
        }

        /// <summary>
        /// A link or identifier as written, without braces and white space at its ends. A backslash before <c>_</c>,
        /// <c>%</c>, <c>&amp;</c>, <c>#</c>, <c>$</c> or <c>~</c> is dropped: exporters escape those characters for
        /// LaTeX, and a backslash is never part of a URL or a DOI.
        /// </summary>
        public static string Verbatim(string raw)
        {
            var text = new StringBuilder(raw.Length);
            var pendingSpace = false;
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (c == '\\' && i + 1 < raw.Length && raw[i + 1] is '_' or '%' or '&' or '#' or '$' or '~' or '{' or '}')
                {
                    c = raw[++i];
                }
                else if (c is '{' or '}')
                {
                    continue;
                }
                else if (BibTeXCursor.IsWhiteSpace(c))
                {
                    pendingSpace = text.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    text.Append(' ');
                    pendingSpace = false;
                }

                text.Append(c);
            }

            return text.ToString();
        }
    }
}
