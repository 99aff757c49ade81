using System;
using System.Collections.Generic;
using System.Text;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// The kind of work a category names. academicpages ships <c>books</c>, <c>manuscripts</c> (journal articles) and
    /// <c>conferences</c>; sites add their own, so a category is matched by its name, then by its heading in
    /// <c>_config.yml</c>, then by the words in either.
    /// </summary>
    internal static class CategoryKind
    {
        // Names compared as lower-case letters only: "book-chapters", "Book_Chapters" and "bookchapters" are one.
        private static readonly Dictionary<string, PublicationKind> Names = new(StringComparer.Ordinal)
        {
            ["books"] = PublicationKind.Book,
            ["book"] = PublicationKind.Book,
            ["manuscripts"] = PublicationKind.Article,
            ["manuscript"] = PublicationKind.Article,
            ["journals"] = PublicationKind.Article,
            ["journal"] = PublicationKind.Article,
            ["articles"] = PublicationKind.Article,
            ["article"] = PublicationKind.Article,
            ["journalarticles"] = PublicationKind.Article,
            ["journalpapers"] = PublicationKind.Article,
            ["conferences"] = PublicationKind.Conference,
            ["conference"] = PublicationKind.Conference,
            ["conferencepapers"] = PublicationKind.Conference,
            ["proceedings"] = PublicationKind.Conference,
            ["workshops"] = PublicationKind.Conference,
            ["workshop"] = PublicationKind.Conference,
            ["chapters"] = PublicationKind.Chapter,
            ["chapter"] = PublicationKind.Chapter,
            ["bookchapters"] = PublicationKind.Chapter,
            ["theses"] = PublicationKind.Thesis,
            ["thesis"] = PublicationKind.Thesis,
            ["dissertations"] = PublicationKind.Thesis,
            ["dissertation"] = PublicationKind.Thesis,
            ["reports"] = PublicationKind.Report,
            ["report"] = PublicationKind.Report,
            ["technicalreports"] = PublicationKind.Report,
            ["techreports"] = PublicationKind.Report,
            ["preprints"] = PublicationKind.Preprint,
            ["preprint"] = PublicationKind.Preprint,
            ["workingpapers"] = PublicationKind.Preprint,
            ["underreview"] = PublicationKind.Preprint,
            ["submitted"] = PublicationKind.Preprint,
            ["talks"] = PublicationKind.Other,
            ["presentations"] = PublicationKind.Other,
            ["posters"] = PublicationKind.Other,
            ["software"] = PublicationKind.Other,
            ["datasets"] = PublicationKind.Other,
            ["patents"] = PublicationKind.Other,
            ["other"] = PublicationKind.Other,
            ["misc"] = PublicationKind.Other,
        };

        // Words of a longer name or heading ("peer_reviewed_journal", "Refereed Conference Papers"), matched at the start
        // of a word ("proceedings", "symposia") and never inside one ("synthesis" names no thesis), in the order they
        // decide: a "book chapter" is a chapter before it is a book, "conference proceedings" a conference.
        private static readonly (string Start, PublicationKind Kind)[] WordStarts =
        {
            ("chapter", PublicationKind.Chapter),
            ("thesis", PublicationKind.Thesis),
            ("theses", PublicationKind.Thesis),
            ("dissertation", PublicationKind.Thesis),
            ("conference", PublicationKind.Conference),
            ("proceeding", PublicationKind.Conference),
            ("workshop", PublicationKind.Conference),
            ("symposi", PublicationKind.Conference),
            ("preprint", PublicationKind.Preprint),
            ("report", PublicationKind.Report),
            ("book", PublicationKind.Book),
            ("journal", PublicationKind.Article),
            ("article", PublicationKind.Article),
            ("manuscript", PublicationKind.Article),
        };

        /// <summary>The kind a category names, or <see langword="null"/> when neither its name nor its heading says.</summary>
        /// <param name="category">The file's <c>category</c>, as written.</param>
        /// <param name="title">Its heading in <c>_config.yml</c>, if the site names it.</param>
        public static PublicationKind? Of(string category, string? title)
        {
            var name = Letters(category);
            var heading = Letters(title ?? string.Empty);
            if (Names.TryGetValue(name, out var kind) || Names.TryGetValue(heading, out kind))
            {
                return kind;
            }

            var words = new List<string>(Words(category));
            words.AddRange(Words(title ?? string.Empty));
            foreach (var (start, wordKind) in WordStarts)
            {
                if (words.Exists(word => word.StartsWith(start, StringComparison.Ordinal)))
                {
                    return wordKind;
                }
            }

            return null;
        }

        /// <summary>The runs of letters, lower-case: "Book_Chapters" is "book", "chapters".</summary>
        private static IEnumerable<string> Words(string text)
        {
            var word = new StringBuilder();
            foreach (var c in text + " ")
            {
                if (char.IsLetter(c))
                {
                    word.Append(char.ToLowerInvariant(c));
                }
                else if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }
        }

        private static string Letters(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (char.IsLetter(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }
    }
}
