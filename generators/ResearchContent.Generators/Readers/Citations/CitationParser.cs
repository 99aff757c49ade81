using System.Collections.Generic;
using System;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>
    /// Parses a free-text journal citation (AGU, APA, IEEE or Chicago) into its fields, at compile time.
    /// It never throws: what it cannot read confidently is left out and named in <see cref="ParsedCitation.Unparsed"/>.
    /// </summary>
    internal static class CitationParser
    {
        public static ParsedCitation Parse(string text)
        {
            try
            {
                return ParseCore(text ?? string.Empty);
            }
            catch (Exception)
            {
                // A generator must not crash the compilation over one odd citation (or a regex timeout); "unrecognized" is honest.
                return ParsedCitation.Unrecognized;
            }
        }

        private static ParsedCitation ParseCore(string text)
        {
            var normalized = CitationText.Normalize(text);
            if (normalized.Length == 0 || !CitationLayoutFinder.TryFind(normalized, out var layout))
            {
                return ParsedCitation.Unrecognized;
            }

            var authors = AuthorListParser.Parse(layout.Authors);
            string? title;
            string? container;
            VolumeIssuePages tail;
            if (QuotedTitle.TrySplit(layout.Body, out var quoted, out var afterQuote))
            {
                title = CitationText.TrimTitlePunctuation(quoted);
                tail = VolumeIssuePagesParser.Parse(afterQuote);
                container = CleanQuotedContainer(tail.Head);
            }
            else
            {
                tail = VolumeIssuePagesParser.Parse(layout.Body);
                (title, container) = TitleJournalSplitter.Split(tail.Head.TrimEnd(',', ' '));
            }

            var year = layout.Year ?? tail.Year;
            var unparsed = new List<CitationField>();
            if (!authors.Success)
            {
                unparsed.Add(CitationField.Authors);
            }

            if (year is null)
            {
                unparsed.Add(CitationField.Year);
            }

            if (string.IsNullOrEmpty(title))
            {
                title = null;
                unparsed.Add(CitationField.Title);
            }

            if (string.IsNullOrEmpty(container))
            {
                container = null;
                unparsed.Add(CitationField.Container);
            }

            if (tail.HasUnreadText)
            {
                unparsed.Add(CitationField.VolumeIssuePages);
            }

            return new ParsedCitation
            {
                Authors = authors.Authors,
                AuthorsTruncated = authors.Truncated,
                Year = year,
                Title = title,
                Container = container,
                Volume = tail.Volume,
                Issue = tail.Issue,
                Pages = tail.Pages,
                ArticleNumber = tail.ArticleNumber,
                Unparsed = unparsed.ToEquatableArray(),
            };
        }

        // After a quoted title the journal is all that precedes the tail; "In" introduces proceedings.
        private static string? CleanQuotedContainer(string head)
        {
            var container = CitationText.CleanContainer(head);
            if (container.StartsWith("In ", StringComparison.Ordinal) || container.StartsWith("in ", StringComparison.Ordinal))
            {
                container = container.Substring(3).Trim();
            }

            return container.Length > 0 && char.IsLetter(container[0]) ? container : null;
        }
    }
}
