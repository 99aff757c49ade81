using System;
using System.Collections.Generic;
using System.Globalization;

namespace ResearchContent.Site.Services
{
    /// <summary>The site's two languages, chosen with <c>?lang=</c> or the <c>/zh/</c> path prefix, and the words of its own interface.</summary>
    public static class Language
    {
        /// <summary>English, the default.</summary>
        public const string English = "en";

        /// <summary>Chinese.</summary>
        public const string Chinese = "zh";

        private static readonly Dictionary<string, (string En, string Zh)> Words = new(StringComparer.Ordinal)
        {
            ["skip"] = ("Skip to content", "跳到正文"),
            ["language"] = ("Language", "语言"),
            ["publications"] = ("Publications", "论文"),
            ["count"] = ("{0} publications", "共 {0} 篇论文"),
            ["abstract"] = ("Abstract", "摘要"),
            ["showAbstract"] = ("Abstract", "摘要"),
            ["figures"] = ("Figures", "图"),
            ["notes"] = ("Notes", "备注"),
            ["section"] = ("Listed under", "所在栏目"),
            ["figure"] = ("Figure {0}", "图 {0}"),
            ["citation"] = ("Citation", "引用"),
            ["asWritten"] = ("As written on the page", "页面原文"),
            ["cite"] = ("Cite this paper", "引用本文"),
            ["copy"] = ("Copy citation", "复制引用"),
            ["copied"] = ("Copied", "已复制"),
            ["style"] = ("Citation style", "引用格式"),
            ["downloads"] = ("Downloads", "下载"),
            ["downloadAll"] = ("Download all publications", "下载全部论文"),
            ["details"] = ("Details", "详情"),
            ["doi"] = ("DOI", "DOI"),
            ["publisher"] = ("Publisher's page", "出版方页面"),
            ["authors"] = ("Authors", "作者"),
            ["corresponding"] = ("corresponding author", "通讯作者"),
            ["journal"] = ("Journal", "期刊"),
            ["proceedings"] = ("Proceedings", "会议论文集"),
            ["inBook"] = ("Book", "所属图书"),
            ["university"] = ("University", "学位授予单位"),
            ["institution"] = ("Institution", "发布机构"),
            ["type"] = ("Type", "类型"),
            ["kindArticle"] = ("Journal article", "期刊论文"),
            ["kindConference"] = ("Conference paper", "会议论文"),
            ["kindBook"] = ("Book", "专著"),
            ["kindChapter"] = ("Book chapter", "图书章节"),
            ["kindThesis"] = ("Thesis", "学位论文"),
            ["kindReport"] = ("Report", "报告"),
            ["kindPreprint"] = ("Preprint", "预印本"),
            ["kindOther"] = ("Other", "其他"),
            ["allKinds"] = ("All", "全部"),
            ["filterKind"] = ("Show", "显示"),
            ["venue"] = ("Venue", "发表于"),
            ["date"] = ("Date", "日期"),
            ["bibliography"] = ("More publications", "更多论文"),
            ["note"] = ("Note", "备注"),
            ["links"] = ("Links", "链接"),
            ["year"] = ("Year", "年份"),
            ["label"] = ("Entry", "编号"),
            ["imageMissing"] = ("Image missing", "图片缺失"),
            ["imageMissingNote"] = ("The image file {0} is not available.", "图片文件 {0} 不存在。"),
            ["imageExternal"] = ("Image hosted elsewhere", "图片位于外部网站"),
            ["imageExternalNote"] = ("The image {0} is on another site and is not loaded here.", "图片 {0} 位于其他网站，此处不加载。"),
            ["openImage"] = ("Open the image", "打开图片"),
            ["back"] = ("All publications", "全部论文"),
            ["notFound"] = ("Not found", "未找到"),
            ["notFoundKey"] = ("There is no publication with the key {0}.", "没有键为 {0} 的论文。"),
            ["notFoundPath"] = ("There is no page at {0}.", "{0} 处没有页面。"),
            ["notFoundHere"] = ("There is no page at this address.", "此地址没有页面。"),
            ["didYouMean"] = ("Did you mean", "您是否要找"),
            ["browse"] = ("Browse all publications", "浏览全部论文"),
            ["noPublications"] = ("No publications yet.", "暂无论文。"),
            ["bibtex"] = ("BibTeX", "BibTeX"),
            ["ris"] = ("RIS (EndNote, Zotero)", "RIS（EndNote、Zotero）"),
            ["csl"] = ("CSL-JSON", "CSL-JSON"),
            ["footer"] = ("Generated at compile time from content/publications.md by ResearchContent.", "由 ResearchContent 在编译时根据 content/publications.md 生成。"),
        };

        /// <summary>The language a <c>lang</c> query value asks for: <c>zh</c> for values starting with <c>zh</c>, otherwise <c>en</c>.</summary>
        /// <param name="value">The query value, or <see langword="null"/>.</param>
        /// <returns><c>en</c> or <c>zh</c>.</returns>
        public static string Normalize(string? value) =>
            value is not null && value.Trim().StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

        /// <summary>A word of the interface in a language.</summary>
        /// <param name="language"><c>en</c> or <c>zh</c>.</param>
        /// <param name="name">The word's name.</param>
        /// <param name="args">Values for the placeholders.</param>
        /// <returns>The text.</returns>
        public static string T(string language, string name, params object[] args)
        {
            var (en, zh) = Words[name];
            var text = language == Chinese ? zh : en;
            return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
        }

        /// <summary>A kind of work in plain words, such as <c>Conference paper</c> or <c>会议论文</c>.</summary>
        /// <param name="language"><c>en</c> or <c>zh</c>.</param>
        /// <param name="kind">The kind.</param>
        /// <returns>The text.</returns>
        public static string KindName(string language, PublicationKind kind) => T(language, "kind" + kind);

        /// <summary>
        /// What a kind's container is called: the journal, the proceedings, the book a chapter is in, a thesis's
        /// university or a report's institution.
        /// </summary>
        /// <param name="language"><c>en</c> or <c>zh</c>.</param>
        /// <param name="kind">The kind.</param>
        /// <returns>The text.</returns>
        public static string ContainerName(string language, PublicationKind kind) => T(language, kind switch
        {
            PublicationKind.Conference => "proceedings",
            PublicationKind.Chapter => "inBook",
            PublicationKind.Thesis => "university",
            PublicationKind.Report => "institution",
            _ => "journal",
        });

        /// <summary>Guesses the language of a text from the content: <c>zh</c> when it contains Chinese characters, else <c>en</c>.</summary>
        /// <param name="text">The text.</param>
        /// <returns><c>en</c> or <c>zh</c>.</returns>
        public static string Detect(string? text)
        {
            if (text is not null)
            {
                foreach (var c in text)
                {
                    if (c >= '\u4E00' && c <= '\u9FFF')
                    {
                        return Chinese;
                    }
                }
            }

            return English;
        }

        /// <summary>The other language's name as shown on its switch.</summary>
        /// <param name="language"><c>en</c> or <c>zh</c>.</param>
        /// <returns><c>English</c> or <c>中文</c>.</returns>
        public static string NameOf(string language) => language == Chinese ? "中文" : "English";
    }
}
