using System.Collections.Generic;
using System.Text;

namespace ResearchContent.Exports
{
    /// <summary>
    /// A formatted reference as runs of plain, italic and link text, so that each style is written once and
    /// rendered both as plain text and as HTML.
    /// </summary>
    internal sealed class FormattedCitation
    {
        private readonly List<(string Text, RunKind Kind)> _runs = new();

        private enum RunKind
        {
            Plain,
            Italic,
            Link,
        }

        public FormattedCitation Plain(string text) => Add(text, RunKind.Plain);

        public FormattedCitation Italic(string text) => Add(text, RunKind.Italic);

        public FormattedCitation Link(string url) => Add(url, RunKind.Link);

        /// <summary>Ends the reference with a period unless its last run already ends in one, or in a question or exclamation mark.</summary>
        public FormattedCitation Period()
        {
            var last = _runs.Count == 0 ? string.Empty : _runs[_runs.Count - 1].Text;
            return last.Length > 0 && last[last.Length - 1] is '.' or '?' or '!' ? this : Plain(".");
        }

        public string ToPlainText()
        {
            var output = new StringBuilder();
            foreach (var (text, _) in _runs)
            {
                output.Append(text);
            }

            return output.ToString();
        }

        public string ToHtml()
        {
            var output = new StringBuilder();
            foreach (var (text, kind) in _runs)
            {
                switch (kind)
                {
                    case RunKind.Italic:
                        output.Append("<i>");
                        HtmlText.Append(output, text);
                        output.Append("</i>");
                        break;
                    case RunKind.Link:
                        output.Append("<a href=\"");
                        HtmlText.Append(output, text);
                        output.Append("\">");
                        HtmlText.Append(output, text);
                        output.Append("</a>");
                        break;
                    default:
                        HtmlText.Append(output, text);
                        break;
                }
            }

            return output.ToString();
        }

        private FormattedCitation Add(string text, RunKind kind)
        {
            if (text.Length > 0)
            {
                _runs.Add((text, kind));
            }

            return this;
        }
    }
}
