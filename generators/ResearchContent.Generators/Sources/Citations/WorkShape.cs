using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// What the words after the authors say about the kind of work: the title when they set it apart, the container
    /// (a thesis's university, a chapter's book, a report's issuer), and the part left for the volume/issue/pages reader.
    /// </summary>
    internal sealed record WorkShape
    {
        public PublicationKind Kind { get; init; }

        /// <summary>The title, when the shape sets it apart; else the title is still in <see cref="Body"/>.</summary>
        public string? Title { get; init; }

        /// <summary>The container, when the shape names it; else it is still in <see cref="Body"/>.</summary>
        public string? Container { get; init; }

        /// <summary>Whether the shape says there is no container: a whole book.</summary>
        public bool HasNoContainer { get; init; }

        /// <summary>What is left to read as title, container and volume/issue/pages.</summary>
        public string Body { get; init; } = string.Empty;

        /// <summary>A report's number, read whole: it may hold a space (<c>JPL D-95677</c>), which the volume/issue/pages reader would split at.</summary>
        public string? ReportNumber { get; init; }

        /// <summary>Volume, issue and pages the shape printed apart, such as APA's <c>(Vol. 2022, pp. C32B-0841)</c>.</summary>
        public string? Details { get; init; }
    }
}
