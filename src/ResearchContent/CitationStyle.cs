namespace ResearchContent
{
    /// <summary>A reference style that <see cref="Export.Format"/> and <see cref="Export.FormatHtml"/> can write.</summary>
    public enum CitationStyle
    {
        /// <summary>APA 7th edition: <c>Wang, T., &amp; Wei, S. (2020). Title. <i>Journal</i>, <i>47</i>(18), e2020GL090206. https://doi.org/…</c></summary>
        Apa,

        /// <summary>AGU as these pages print it: <c>Wang, T., and S. Wei (2020), Title, <i>Journal</i>, 47(18), e2020GL090206, doi:…</c></summary>
        Agu,

        /// <summary>IEEE: <c>T. Wang and S. Wei, "Title," <i>Journal</i>, vol. 47, no. 18, Art. no. e2020GL090206, 2020, doi: ….</c></summary>
        Ieee,
    }
}
