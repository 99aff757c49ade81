using System;
using System.Collections.Generic;
using System.Linq;
using HtmlAgilityPack;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Recognises a paragraph that labels itself a remark about the paper rather than part of its abstract:
    /// <c>Note: …</c>, <c>Keywords: …</c>, <c>Funding: …</c>, <c>Trial registration: …</c>, <c>注：…</c>, <c>关键词：…</c>.
    /// Remarks are open-ended (whatever a group wants to say about a paper), but the sections of a structured abstract
    /// are a closed set that journals prescribe (<c>Background:</c>, <c>Methods:</c>, <c>目的：</c>): a short label
    /// before a colon is a remark's unless it names an abstract's section.
    /// </summary>
    internal static class NoteLabel
    {
        // A label is a few words before its colon; further on, a colon is inside a sentence.
        private const int LongestLabel = 40;

        private const int MostLabelWords = 4;

        // Chinese labels are a few characters: "关键词", "基金项目", "媒体报道".
        private const int LongestChineseLabel = 8;

        // The sections journals print in structured abstracts (ICMJE, CONSORT, JAMA, BMJ, PLOS, Lancet, Chinese
        // journals), and the names of an abstract itself: these open abstract text, not remarks.
        private static readonly HashSet<string> AbstractSections = new(StringComparer.OrdinalIgnoreCase)
        {
            "abstract", "summary", "plain language summary", "lay summary", "significance", "significance statement",
            "background", "introduction", "context", "importance", "rationale", "objective", "objectives", "aim", "aims",
            "purpose", "goal", "goals", "hypothesis", "question", "research question", "method", "methods", "methodology",
            "materials and methods", "methods and materials", "patients and methods", "design", "study design",
            "design and setting", "design, setting, and participants", "design, setting and participants", "setting",
            "settings", "setting and participants", "participants", "patients", "population", "subjects", "intervention",
            "interventions", "exposure", "exposures", "measurements", "main outcome measures", "main outcomes and measures",
            "main outcome measure", "outcomes", "outcome", "analysis", "statistical analysis", "data sources",
            "evidence acquisition", "evidence synthesis", "study selection", "data extraction", "data synthesis",
            "results", "result", "main results", "findings", "principal findings", "key findings", "main findings",
            "methods and findings", "conclusion", "conclusions", "conclusions and relevance", "interpretation",
            "implications", "relevance", "limitations", "discussion", "approach", "problem",
            "摘要", "目的", "目标", "背景", "方法", "结果", "结论", "意义", "设计", "对象", "局限性", "讨论", "引言", "前言",
            "研究目的", "研究方法", "研究结果", "研究结论", "材料与方法", "资料与方法", "方法与结果", "主要发现", "关键发现", "解释", "发现",
            "研究背景", "研究设计", "研究意义", "结论与意义", "局限",
        };

        /// <summary>
        /// Whether a line opens with the name of a structured abstract's section (<c>Background: …</c>, <c>Methods and
        /// findings. …</c>, <c>目的 分析…</c>): abstract text, however short.
        /// </summary>
        public static bool OpensAbstractSection(string text)
        {
            var line = text.TrimStart();
            var stop = line.IndexOfAny(new[] { ':', '：', '.' });
            if (stop > 0 && stop <= LongestLabel && AbstractSections.Contains(line.Substring(0, stop).Trim()))
            {
                return true;
            }

            // A Chinese section name may be set off by a space alone ("目的 分析…"); an English word before a space is
            // the sentence's first ("Results show …", "Abstract not reproduced here …").
            var space = line.IndexOfAny(new[] { ' ', '\u3000' });
            return space > 0 && Script.IsChinese(line.Substring(0, space)) && AbstractSections.Contains(line.Substring(0, space));
        }

        /// <summary>Whether the paragraph's text opens with a note's label and a colon.</summary>
        public static bool Opens(HtmlNode paragraph) => Opens(PlainText.Of(paragraph));

        /// <summary>Whether a line of text opens with a note's label and a colon.</summary>
        public static bool Opens(string text)
        {
            var colon = text.IndexOfAny(new[] { ':', '：' });
            if (colon <= 0 || colon > LongestLabel)
            {
                return false;
            }

            // "*Note:*" and "**注：**" are rendered without their marks; what is left before the colon is the label,
            // after any symbol put before it ("📰 Media coverage:", "★ Note:").
            var label = text.Substring(0, colon).Trim();
            var start = 0;
            while (start < label.Length && !char.IsLetter(label[start]))
            {
                start++;
            }

            label = label.Substring(start).Trim();
            return label.Length > 0 && !AbstractSections.Contains(label) && IsLabelShape(label);
        }

        // A label is a name for what follows ("Data availability", "Correction (12 August 2024)", "基金项目"), not the
        // start of a sentence: no sentence punctuation, a few words, a Chinese label a few characters.
        private static bool IsLabelShape(string label)
        {
            // Punctuation inside a word is part of the label ("TL;DR"); followed by a space it ends a clause.
            for (var i = 0; i < label.Length; i++)
            {
                if (label[i] is '。' or '，' or '；' or '、' or '？'
                    || (label[i] is '.' or ',' or ';' or '?' && (i + 1 == label.Length || label[i + 1] == ' ')))
                {
                    return false;
                }
            }

            return Script.IsChinese(label)
                ? label.Length <= LongestChineseLabel
                : label.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length <= MostLabelWords && char.IsUpper(label[0]);
        }
    }
}
