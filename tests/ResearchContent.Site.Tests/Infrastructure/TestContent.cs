using System.Collections.Generic;

namespace ResearchContent.Site.Tests.Infrastructure
{
    /// <summary>Publications built from the model types, for the site to serve instead of the catalog.</summary>
    public static class TestContent
    {
        /// <summary>A 1×1 transparent PNG, for an images folder.</summary>
        public static readonly byte[] Png = System.Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

        /// <summary>A script payload.</summary>
        public const string ScriptPayload = "<script>window.__pwned = 1; alert(1)</script>";

        /// <summary>An attribute-breaking payload.</summary>
        public const string AttributePayload = "\"><img src=x onerror=\"window.__pwned = 2; alert(1)\">";

        /// <summary>A payload that would end a script element.</summary>
        public const string ScriptEndPayload = "</script><script>window.__pwned = 3; alert(1)</script>";

        /// <summary>A citation link that must never become a link.</summary>
        public const string JavaScriptUrl = "javascript:alert(1)";

        /// <summary>The key of the hostile publication.</summary>
        public const string HostileKey = "evil2024payload";

        /// <summary>The key of the fully described sample publication.</summary>
        public const string SampleKey = "wang2020sample";

        /// <summary>The key of the publication whose citation abbreviates its last page.</summary>
        public const string AbbreviatedRangeKey = "zhang2021abbreviated";

        /// <summary>The key of the thesis among the publications of every kind.</summary>
        public const string ThesisKey = "zhang2022thesis";

        /// <summary>The key of the conference paper among the publications of every kind.</summary>
        public const string ConferenceKey = "wang2019conference";

        /// <summary>The key of the book chapter among the publications of every kind.</summary>
        public const string ChapterKey = "wei2020chapter";

        /// <summary>The key of the report among the publications of every kind.</summary>
        public const string ReportKey = "ren2021report";

        /// <summary>The key of the whole book among the publications of every kind.</summary>
        public const string BookKey = "tapponnier2018book";

        /// <summary>The hostile publication's English title.</summary>
        public const string HostileTitle = "Title " + ScriptPayload + " and " + AttributePayload;

        /// <summary>The hostile publication's English abstract.</summary>
        public const string HostileAbstract = "Abstract " + AttributePayload + "\n\n" + ScriptEndPayload;

        /// <summary>The hostile figure's caption.</summary>
        public const string HostileCaption = "Caption " + ScriptPayload + AttributePayload;

        /// <summary>The hostile figure's alternative text.</summary>
        public const string HostileAlt = "Alt " + AttributePayload;

        /// <summary>A page whose content tries to inject script everywhere a string is rendered.</summary>
        /// <returns>The pages.</returns>
        public static IReadOnlyList<Page> HostilePages() => new[]
        {
            new Page
            {
                Title = "Research " + ScriptPayload,
                Permalink = "/publications/",
                Path = "publications.md",
                Introduction = "* indicates the corresponding author. " + ScriptPayload + "\n\n带*者为通讯作者。",
                Publications = new[] { Hostile(), Sample() },
            },
        };

        /// <summary>A page with the sample publication only.</summary>
        /// <returns>The pages.</returns>
        public static IReadOnlyList<Page> SamplePages() => new[]
        {
            new Page { Title = "Sample", Permalink = "/publications/", Path = "publications.md", Publications = new[] { Sample() } },
        };

        /// <summary>A page with a publication of every kind but the journal article, with notes and further links.</summary>
        /// <returns>The pages.</returns>
        public static IReadOnlyList<Page> OtherKindPages() => new[]
        {
            new Page
            {
                Title = "Other kinds",
                Permalink = "/publications/",
                Path = "publications.md",
                Publications = new[]
                {
                    OtherKind(ThesisKey, PublicationKind.Thesis, "Deep learning for InSAR decorrelation masks", "Southern University of Science and Technology", "in Chinese", new[]
                    {
                        new Link { Text = "PDF", Url = "https://example.org/theses/zhang2022.pdf" },
                        new Link { Text = "Slides", Url = JavaScriptUrl },
                        new Link { Text = "Local copy", Url = "/files/zhang2022.pdf" },
                        new Link { Text = "Relative copy", Url = "files/zhang2022.pdf" },
                        new Link { Text = "代码", Url = "https://github.com/example/decorrelation" },
                    }),
                    OtherKind(ConferenceKey, PublicationKind.Conference, "InSAR time series of the Kaikōura earthquake", "IEEE International Geoscience and Remote Sensing Symposium", "Invited talk", new[]
                    {
                        new Link { Text = "News coverage", Url = "https://example.org/news?id=1&lang=en" },
                    }),
                    OtherKind(ChapterKey, PublicationKind.Chapter, "Earthquake source imaging from space", "Geodetic Imaging of Active Faults", null, System.Array.Empty<Link>()),
                    OtherKind(ReportKey, PublicationKind.Report, "Slip rates of the Ridgecrest faults", "U.S. Geological Survey", null, System.Array.Empty<Link>()),
                    OtherKind(BookKey, PublicationKind.Book, "Active tectonics of Asia", null, null, System.Array.Empty<Link>()),
                },
            },
        };

        /// <summary>A page with the publication whose citation abbreviates its last page only.</summary>
        /// <returns>The pages.</returns>
        public static IReadOnlyList<Page> AbbreviatedRangePages() => new[]
        {
            new Page { Title = "Abbreviated range", Permalink = "/publications/", Path = "publications.md", Publications = new[] { AbbreviatedRange() } },
        };

        /// <summary>A page with one English-only and one Chinese-only publication.</summary>
        /// <returns>The pages.</returns>
        public static IReadOnlyList<Page> OneLanguagePages() => new[]
        {
            new Page
            {
                Title = "One language",
                Permalink = "/publications/",
                Path = "publications.md",
                Publications = new[]
                {
                    new Publication
                    {
                        Key = "english2022only",
                        Label = "2022-#1",
                        Year = 2022,
                        Number = 1,
                        Title = new LocalizedText("Only in English", null),
                        Abstract = new LocalizedText("An English abstract.", null),
                        Citation = new Citation { Text = "English, A. (2022). Only in English.", Url = "https://doi.org/10.1000/en", Doi = "10.1000/en" },
                        Figures = new[] { new Figure { Source = "/images/en.png", Alt = "English figure", Width = 400, Caption = new LocalizedText("English caption", null) } },
                    },
                    new Publication
                    {
                        Key = "chinese2022only",
                        Label = "2022-#2",
                        Year = 2022,
                        Number = 2,
                        Title = new LocalizedText(null, "只有中文"),
                        Abstract = new LocalizedText(null, "中文摘要。"),
                        Citation = new Citation { Text = "中文作者 (2022). 只有中文.", Url = "https://doi.org/10.1000/zh", Doi = "10.1000/zh" },
                        Figures = new[] { new Figure { Source = "/images/zh.png", Caption = new LocalizedText(null, "中文图注") } },
                    },
                },
            },
        };

        /// <summary>A publication whose title, abstract, caption, alt text and link are hostile.</summary>
        /// <returns>The publication.</returns>
        public static Publication Hostile() => new()
        {
            Key = HostileKey,
            Label = "2024-#1",
            Year = 2024,
            Number = 1,
            Title = new LocalizedText(HostileTitle, "标题 " + ScriptPayload),
            Abstract = new LocalizedText(HostileAbstract, "摘要 " + AttributePayload),
            Citation = new Citation
            {
                Text = "Evil, E. (2024). " + ScriptPayload + ". Journal of " + AttributePayload + ", 1, 1–2.",
                Url = JavaScriptUrl,
                Authors = new[] { new Author { Family = "Evil" + AttributePayload, Given = "E." } },
                Year = 2024,
                Title = HostileTitle,
                Container = "Journal of " + ScriptEndPayload,
                Volume = "1",
                Pages = "1–2",
                Note = "Note " + ScriptPayload + AttributePayload,
            },
            Links = new[]
            {
                new Link { Text = "PDF " + ScriptPayload, Url = JavaScriptUrl },
                new Link { Text = "Code " + AttributePayload, Url = "https://example.org/code?a=1&b=\"><script>alert(1)</script>" },
                new Link { Text = "Data", Url = "data:text/html,<script>alert(1)</script>" },
            },
            Figures = new[]
            {
                new Figure { Source = JavaScriptUrl, Alt = HostileAlt, Width = 300, Caption = new LocalizedText(HostileCaption, "图注 " + ScriptPayload) },
                new Figure { Source = "/images/\"><script>alert(1)</script>.png", Alt = HostileAlt, Caption = new LocalizedText(HostileCaption, null) },
            },
        };

        /// <summary>A publication of another kind than the journal article, with a note and further links.</summary>
        /// <param name="key">The key.</param>
        /// <param name="kind">The kind.</param>
        /// <param name="title">The title, as the page and the citation write it.</param>
        /// <param name="container">The proceedings, book, university or institution; none for a whole book.</param>
        /// <param name="note">The note after the citation.</param>
        /// <param name="links">The further links of the header.</param>
        /// <returns>The publication.</returns>
        public static Publication OtherKind(string key, PublicationKind kind, string title, string? container, string? note, IReadOnlyList<Link> links) => new()
        {
            Key = key,
            Label = "2021-#" + ((int)kind + 1),
            Year = 2021,
            Number = (int)kind + 1,
            Title = new LocalizedText(title, null),
            Citation = new Citation
            {
                Text = "Wang, T. (2021). " + title + ". " + container + ".",
                Url = "https://example.org/" + key,
                Authors = new[] { new Author { Family = "Wang", Given = "T." } },
                Year = 2021,
                Title = title,
                Container = container,
                Pages = kind is PublicationKind.Conference or PublicationKind.Chapter ? "45–67" : null,
                Kind = kind,
                Note = note,
            },
            Links = links,
        };

        /// <summary>A publication with every citation field filled, to check metadata literally.</summary>
        /// <returns>The publication.</returns>
        public static Publication Sample() => new()
        {
            Key = SampleKey,
            Label = "2020-#1",
            Year = 2020,
            Number = 1,
            Title = new LocalizedText("Space imaging geodesy reveals block rotation", "空间影像大地测量揭示块体旋转"),
            Abstract = new LocalizedText("First paragraph.\n\nSecond paragraph.", "第一段。\n\n第二段。"),
            Citation = new Citation
            {
                Text = "Wang, T., Jiao, L., & Wei, S. (2020). Space imaging geodesy reveals block rotation. Geophysical Research Letters, 47(18), 8537–8551.",
                Url = "https://doi.org/10.1029/2020GL090206",
                Doi = "10.1029/2020GL090206",
                Authors = new[]
                {
                    new Author { Family = "Wang", Given = "T.", IsCorresponding = true },
                    new Author { Family = "Jiao", Given = "L." },
                    new Author { Family = "Wei", Given = "S." },
                },
                Year = 2020,
                Title = "Space imaging geodesy reveals block rotation",
                Container = "Geophysical Research Letters",
                Volume = "47",
                Issue = "18",
                Pages = "8537–8551",
            },
            Figures = new[]
            {
                new Figure { Source = "/images/sample.png", Alt = "Rotation map", Width = 640, Caption = new LocalizedText("Block rotation.", "块体旋转。") },
            },
        };

        /// <summary>A publication whose citation prints its pages as <c>8537–51</c>, as Chicago style abbreviates them.</summary>
        /// <returns>The publication.</returns>
        public static Publication AbbreviatedRange() => new()
        {
            Key = AbbreviatedRangeKey,
            Label = "2021-#1",
            Year = 2021,
            Number = 1,
            Title = new LocalizedText("Selective kernel res-attention UNet", null),
            Citation = new Citation
            {
                Text = "Zhang, Qi, and Teng Wang. 2021. \"Selective Kernel Res-Attention UNet.\" IEEE J. Sel. Top. Appl. Earth Obs. Remote Sens. 14: 8537–51.",
                Url = "https://ieeexplore.ieee.org/document/9516966",
                Authors = new[] { new Author { Family = "Zhang", Given = "Qi" }, new Author { Family = "Wang", Given = "Teng" } },
                Year = 2021,
                Title = "Selective kernel res-attention UNet",
                Container = "IEEE J. Sel. Top. Appl. Earth Obs. Remote Sens.",
                Volume = "14",
                Pages = "8537–51",
            },
        };
    }
}
