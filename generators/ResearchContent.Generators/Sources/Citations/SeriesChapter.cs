using System.Text.RegularExpressions;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// ScienceDirect exports a chapter of a book series that names no editors with the series and its publisher where a
    /// journal would stand: <c>Title, Advances in Geophysics, Elsevier, Volume 46, 2003, Pages 1-80</c>. ScienceDirect prints
    /// no publisher for a journal article, so the publishing house between the series and the pages marks a chapter; the
    /// volume is the series' and no field of ours.
    /// </summary>
    internal static class SeriesChapter
    {
        private static readonly Regex Shape = CitationRegex.Create(
            @"^(?<pre>.+?),\s*(?<book>[^,]+),\s*(?:Elsevier(?:\s+Science)?|Academic\s+Press|Pergamon|Butterworth-Heinemann|North-Holland|Woodhead\s+Publishing|Gulf\s+Professional\s+Publishing)"
            + @",\s*(?:Volume\s+[\w\-]+,\s*)?(?<details>(?:19|20)\d\d,\s*Pages\s+[\w\-–]+)\.?$");

        public static bool TryRead(string body, out WorkShape shape)
        {
            shape = new WorkShape { Body = body };
            var match = Shape.Match(body.Trim());
            if (!match.Success)
            {
                return false;
            }

            var pre = match.Groups["pre"].Value;
            shape = new WorkShape
            {
                Kind = PublicationKind.Chapter,
                Title = WorkShapeText.Title(pre),
                Container = match.Groups["book"].Value.Trim(),
                Body = pre,
                Details = match.Groups["details"].Value,
            };
            return true;
        }
    }
}
