using System.Collections.Generic;

namespace ResearchContent.Site.Tests.Infrastructure
{
    /// <summary>Publications built from the model types, for the site to serve instead of the catalog.</summary>
    public static class TestContent
    {
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
                Publications = new[] { Hostile(), Sample() },
            },
        };

        /// <summary>A page with the sample publication only.</summary>
        /// <returns>The pages.</returns>
        public static IReadOnlyList<Page> SamplePages() => new[]
        {
            new Page { Title = "Sample", Permalink = "/publications/", Path = "publications.md", Publications = new[] { Sample() } },
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
            },
            Figures = new[]
            {
                new Figure { Source = JavaScriptUrl, Alt = HostileAlt, Width = 300, Caption = new LocalizedText(HostileCaption, "图注 " + ScriptPayload) },
                new Figure { Source = "/images/\"><script>alert(1)</script>.png", Alt = HostileAlt, Caption = new LocalizedText(HostileCaption, null) },
            },
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
