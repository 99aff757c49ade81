namespace ResearchContent
{
    /// <summary>A further link of a publication, written in its header after the citation: a PDF, code, news coverage.</summary>
    public sealed class Link
    {
        /// <summary>The link's text as written, such as <c>PDF</c> or <c>News coverage</c>.</summary>
        public string Text { get; init; } = string.Empty;

        /// <summary>The address exactly as written: an http(s) address, or one relative to the site, such as <c>/files/paper.pdf</c>.</summary>
        public string Url { get; init; } = string.Empty;

        /// <summary>The text and the address.</summary>
        /// <returns>A short description.</returns>
        public override string ToString() => Text + " <" + Url + ">";
    }
}
