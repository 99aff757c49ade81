using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Parses a free-text citation, as publishers' export buttons, Google Scholar and people write them, into its
    /// fields at compile time. It never throws: what it cannot read confidently is left out and named in
    /// <see cref="ParsedCitation.Unparsed"/>.
    /// </summary>
    internal static class CitationParser
    {
        /// <summary>Longer text is not read as a citation: a hundred authors and a long title stay far below it.</summary>
        public const int MaxLength = 10_000;

        /// <param name="text">The citation as plain text.</param>
        /// <param name="titleHint">The title the page gives the work, which anchors the parse when the citation contains it.</param>
        public static ParsedCitation Parse(string text, string? titleHint = null)
        {
            if (text is { Length: > MaxLength })
            {
                // No citation is this long, and the expressions that read one take seconds on hundreds of kilobytes
                // (found by fuzzing: a 240,000-character citation held the build for ten seconds).
                return ParsedCitation.Unrecognized;
            }

            try
            {
                return ParseWithAnchor(text ?? string.Empty, titleHint);
            }
            catch (RegexMatchTimeoutException)
            {
                // Every expression has a timeout, and one that runs out leaves the citation unread, as a layout no rule
                // knows is. Any other exception is a bug: it reaches the entry's RC0002, where the fuzzer finds it.
                return ParsedCitation.Unrecognized;
            }
        }

        /// <summary>
        /// The page's title anchors the parse only where the citation read on its own misses it: the rules know
        /// books, chapters and reports by the text around the title, which an anchored split cuts away, so a citation
        /// whose own reading finds the page's title keeps that reading.
        /// </summary>
        private static ParsedCitation ParseWithAnchor(string text, string? titleHint)
        {
            var alone = ParseCore(text, null);
            // A whole book read by its editors has no authors by design, so none are sought after its title.
            if (alone.Authors.Count == 0 && alone.Kind != PublicationKind.Book && AuthorsAfterTitle.Reorder(CitationCleaner.Clean(text).Text) is { } reordered
                && ParseCore(reordered, null) is { Authors.Count: > 0, Title: not null } reread)
            {
                // Read again with the authors first; what the cleaner took out of the first reading stays.
                var year = reread.Year ?? alone.Year;
                alone = reread with
                {
                    Year = year,
                    Doi = reread.Doi ?? alone.Doi,
                    Note = reread.Note ?? alone.Note,
                    Unparsed = System.Linq.Enumerable.Where(reread.Unparsed, field => field != CitationField.Year || year is null).ToEquatableArray(),
                };
            }

            if (titleHint is not { Length: > 0 }
                || (alone.Title is not null && TitleAnchor.SameTitle(alone.Title, titleHint))
                // The anchor ignores everything but letters and digits, so the raw text holds the title when the cleaned one does.
                || !TitleAnchor.TryFind(text, titleHint, out _, out _))
            {
                return alone;
            }

            return ParseCore(text, titleHint);
        }

        private static ParsedCitation ParseCore(string text, string? titleHint)
        {
            var clean = CitationCleaner.Clean(text);
            if (GbtCitationReader.TryRead(clean, out var gbt))
            {
                return gbt;
            }

            if (ApaChineseCitationReader.TryRead(clean, out var apaChinese))
            {
                return apaChinese;
            }

            if (clean.Text.Length == 0 || !CitationLayoutFinder.TryFind(clean.Text, titleHint, out var layout))
            {
                // Not a layout we know: keep what is certain, a year in parentheses, and say the rest was not read.
                var year = CitationLayoutFinder.AnyParenthesizedYear(clean.Text) ?? clean.LeadingYear;
                return ParsedCitation.Unrecognized with
                {
                    Year = year,
                    Doi = clean.Doi,
                    Note = clean.Note,
                    Unparsed = year is null ? ParsedCitation.Unrecognized.Unparsed : new[] { CitationField.Authors, CitationField.Title, CitationField.Container }.ToEquatableArray(),
                };
            }

            layout = EditorsFirst.Read(layout);
            var authors = layout.ByEditors ? AuthorList.None : AuthorListParser.Parse(layout.Authors, layout.YearInParentheses);
            var body = CitationText.SeparateGluedIn(layout.Body);
            var shape = WorkShapeReader.Read(body);
            var title = layout.Title is null ? null : CitationText.TrimTitlePunctuation(layout.Title);
            string? container;
            SourceDetails details;
            var kind = shape.Kind;
            if (shape.Kind != PublicationKind.Article)
            {
                title ??= shape.Title;
                container = shape.Container;
                details = SourceDetailsParser.Parse(shape.Details ?? string.Empty);
                details = shape.ReportNumber is { } number ? details with { ArticleNumber = number } : details;
            }
            else
            {
                var withoutPublisher = PublisherSegment.StripTrailing(body, out var publisher, out var publisherYear);
                // A book's edition or series between its title and imprint ("Introduction to Seismology, Third Ed., Cambridge University Press") is no container.
                withoutPublisher = publisher is null ? withoutPublisher : BookSeries.Remove(EditionMark.Remove(withoutPublisher));
                if (publisher is null && layout.Title is null && UnnamedPublisher.TryStrip(body, clean.PrintsIsbn, layout.Year is not null, out var beforeImprint, out var imprint, out var imprintYear))
                {
                    // An article's title is quoted in the styles that print a book's bare; a book's publisher may be any name.
                    (withoutPublisher, publisher, publisherYear) = (beforeImprint, imprint, imprintYear);
                }

                var hasPublisher = publisher is not null;
                details = SourceDetailsParser.Parse(withoutPublisher, yearKnown: layout.Year is not null || publisherYear is not null);
                if (details.Year is null && publisherYear is not null)
                {
                    details = details with { Year = publisherYear };
                }

                var head = details.Head.Trim().TrimEnd(',', ';', ' ');
                if (title is not null)
                {
                    container = ContainerName.Clean(head);
                    if (publisher is null && container is not null && BookImprint.BookBefore(container) is { } book)
                    {
                        // MLA's chapter: "Title." Book. Vol. 2. Elsevier, 2014. 1043-1117. Year and pages were read; the imprint was not.
                        container = book;
                        hasPublisher = true;
                    }
                }
                else if (clean.Container is not null && details.Volume is null && details.Pages is null && details.ArticleNumber is null && SoleSentence(head) is { } sole)
                {
                    // The preprint server or the journal a status named was taken out: one sentence left is the title, commas and all.
                    (title, container) = (sole, null);
                }
                else if (details.Volume is null && details.Pages is null && ProceedingsSentence.MeetingAlone(head) is { } meetingAlone)
                {
                    (title, container) = (null, meetingAlone);
                }
                else if (ProceedingsSentence.TrySplit(head, out var proceedingsTitle, out var proceedings)
                    || ProceedingsSentence.TrySplitAtComma(head, out proceedingsTitle, out proceedings))
                {
                    (title, container) = (proceedingsTitle, proceedings);
                }
                else
                {
                    (title, container) = TitleJournalSplitter.Split(head);
                    if (hasPublisher && container is not null && details.Volume is null && details.Pages is null && details.ArticleNumber is null
                        && (TitleJournalSplitter.SplitAtColon(head, container) || BookImprint.AfterSemicolon(body, withoutPublisher)))
                    {
                        // "…wealth of nations: Volume One. London: …": after a colon, a book's subtitle; journals come with no publisher.
                        // ACS and MDPI close a book's title with a semicolon before its imprint ("Title, Subtitle; Wiley-VCH: Weinheim, 2015").
                        (title, container) = (CitationText.TrimTitlePunctuation(head), null);
                    }

                    if (title is null && hasPublisher)
                    {
                        title = CitationText.TrimTitlePunctuation(FirstSentence(EditionMark.Remove(head)));
                    }
                    else if (title is null)
                    {
                        (title, container) = TitleAndContainer.SplitAtLastSentence(head, details);
                    }
                }

                (title, container) = EditionBook.Joined(title, container, hasPublisher, details);
                if (container is not null && MeetingAbstract.TrySplit(container, out var abstractNumber, out var meeting))
                {
                    (container, details) = (meeting, details with { ArticleNumber = details.ArticleNumber ?? abstractNumber });
                }

                if (container is not null && (WorkShapeReader.IsConference(container) || MeetingAbstract.IsAbstractsSerial(container) || ProceedingsSerial.Is(container) || (publisher is not null && PublisherSegment.IsConferencePublisher(publisher))))
                {
                    kind = PublicationKind.Conference;
                    details = details.Year is null && ContainerName.MeetingYear(container) is { } meetingYear ? details with { Year = meetingYear } : details;
                    container = ContainerName.WithoutPlace(container);
                    // "EGU General Assembly 2023, EGU23-10457": the year printed after the meeting's name, with a space, is part of it;
                    // with a volume after it ("ECS Meeting Abstracts 2020, MA2020-02") it is a serial's year, printed as ACS style prints one.
                    if (details.Year is { } year && details.Volume is null && body.IndexOf(container + " " + year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) >= 0)
                    {
                        container += " " + year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }
                }
                else if (hasPublisher && (container is null || OxfordBook.Is(clean.Text, body, details) || details.Volume is not null && details.Pages is null && details.ArticleNumber is null
                    // "Title. Springer Geography. Springer, Cham.": a chapter is printed with "In" or its pages; without either, a
                    // sentence between the title and the publisher is a series (Elsevier's reference work after a comma is a book).
                    || layout.Title is null && details.Volume is null && details.Pages is null && details.ArticleNumber is null
                        && body.IndexOf(container + ". ", StringComparison.Ordinal) >= 0))
                {
                    // A title, maybe a series with its volume, and a publisher: a whole book; series and volume are no fields of ours.
                    kind = PublicationKind.Book;
                    title = title is null ? null : CitationText.TrimTitlePunctuation(EditionMark.Remove(layout.Title is null ? BookTitle.Whole(title, container, head) : title));
                    container = null;
                    if (publisher is not null && BookIssuer.Of(publisher, authors) is { } issuer)
                    {
                        // Published by a survey, an agency or a laboratory, not a publishing house: a report, by its issuer.
                        (kind, container) = (PublicationKind.Report, issuer);
                    }

                    details = new SourceDetails { Year = details.Year };
                }
                else if (hasPublisher)
                {
                    // Journals are cited without their publisher: a container with one is a book, and this a chapter of it.
                    kind = PublicationKind.Chapter;
                }
                else if (container is not null && details.Volume is null && details.Pages is null && details.ArticleNumber is null && ReportShape.IsIssuer(container))
                {
                    kind = PublicationKind.Report;
                }
            }

            // With a preprint's server or a status taken out, what is left is often a title alone, which no title/journal split finds.
            if (title is null && container is null && details.Volume is null && details.Pages is null
                && (clean.Note is not null || clean.ArticleId is not null || clean.Container is not null || clean.IsOnline))
            {
                title = SoleSentence(body) ?? SoleSentence(details.Head);
            }

            // What the cleaner took out: a preprint's identifier and server, the journal a status named.
            if (clean.Container is not null || clean.ArticleId is not null)
            {
                title ??= container is null ? null : CitationText.TrimTitlePunctuation(container);
                container = clean.Container ?? (clean.ArticleId is not null ? null : container);
                details = details with { ArticleNumber = clean.ArticleId ?? details.ArticleNumber };
            }

            var fromRepository = kind == PublicationKind.Article && DataRepository.Is(container) && details.Volume is null && details.Pages is null && details.ArticleNumber is null;
            kind = clean.IsDataset || fromRepository ? PublicationKind.Report : kind;
            if (clean.IsPresentation && kind == PublicationKind.Article)
            {
                // Labelled a talk or a poster: the meeting is the container, whatever its name ("… Remote Sensing Week, Bogotá").
                kind = PublicationKind.Conference;
                if (title is not null && container is not null && ContainerName.IsPlace(container) && title.LastIndexOf(". ", StringComparison.Ordinal) is var stop and > 0)
                {
                    // "Title. Africa Energy Forum, Nairobi, Kenya": the place was split off as the container; the meeting is the last sentence.
                    (title, container) = (CitationText.TrimTitlePunctuation(title.Substring(0, stop)), title.Substring(stop + 2) + ", " + container);
                }

                container = container is null ? null : ContainerName.WithoutPlace(container, knownMeeting: true);
            }

            if (kind == PublicationKind.Article && clean.IsOnline && container is null && clean.Container is null && details.Volume is null && details.Pages is null && details.ArticleNumber is null)
            {
                // A title and a link and nothing else: a web page, published like a report by whoever issues it.
                kind = PublicationKind.Report;
            }
            if (layout.ByEditors && kind is PublicationKind.Chapter or PublicationKind.Article && details.Pages is null)
            {
                // What its editors are named for is the whole book; a series named before the publisher is no container.
                (kind, container) = (PublicationKind.Book, null);
            }

            details = MeetingAbstract.YearAsVolume(container, layout.Year, PreprintServer.Number(container, details));
            // A conference paper dated by its meeting's name alone ("In CVPR 2024, pages …") has that year.
            var namedYear = kind == PublicationKind.Conference && container is not null ? ContainerName.MeetingYear(container) : null;
            return ParsedCitationBuilder.Build(authors, layout.Year ?? details.Year ?? clean.LeadingYear ?? namedYear, title, container, details, kind, clean);
        }

        private static string? SoleSentence(string body)
        {
            var text = body.Trim().TrimEnd('.', ',', ' ');
            return text.Length == 0 || text.Contains(". ") ? null : CitationText.TrimTitlePunctuation(text);
        }

        private static string FirstSentence(string text)
        {
            var stop = text.IndexOf(". ", StringComparison.Ordinal);
            return stop < 0 ? text : text.Substring(0, stop);
        }
    }
}
