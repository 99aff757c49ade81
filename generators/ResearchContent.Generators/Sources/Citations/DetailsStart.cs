using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Where the volume/issue/pages part of a citation's body starts: the run of number, range, label and month tokens at
    /// its end, widened to a labelled value further back and narrowed where a year or season belongs to a name before it.
    /// </summary>
    internal static class DetailsStart
    {
        private static readonly HashSet<string> Seasons = new(System.StringComparer.Ordinal) { "Spring", "Summer", "Autumn", "Fall", "Winter" };

        /// <summary>The index of the first token of the part; the token count when there is none.</summary>
        public static int Find(List<SourceToken> tokens, bool yearKnown)
        {
            var first = tokens.Count;
            while (first > 0 && IsSourceToken(tokens[first - 1]))
            {
                first--;
            }

            if (yearKnown && first == tokens.Count - 1 && first > 0 && tokens[first].Separator == ' ' && tokens[first - 1].Kind == SourceTokenKind.Word
                && SourceDetailsParser.IsYear(tokens[first].Text))
            {
                first = tokens.Count;
            }

            // A season after a name with only a space, and its year, name a meeting ("ACS Fall 2022", "MRS Spring 2023"); a
            // journal's seasonal issue is printed after a separator or its volume ("12(3), Fall 2022").
            if (first > 0 && first + 1 < tokens.Count && tokens[first - 1].Kind == SourceTokenKind.Word && tokens[first].Separator == ' '
                && Seasons.Contains(tokens[first].Text) && tokens[first + 1].Separator == ' ' && SourceDetailsParser.IsYear(tokens[first + 1].Text))
            {
                first += 2;
            }

            // "Part A" and a single-letter issue after a label are words that belong to the part.
            if (first < tokens.Count && first > 0 && tokens[first - 1].Kind == SourceTokenKind.PartLabel)
            {
                first--;
            }

            // A labelled volume, issue or pages further back ("…, vol. 47, early access, 2021") starts the part all the same;
            // the words in it are what could not be read.
            for (var k = 0; k < first; k++)
            {
                if (tokens[k].Separator == ',' && tokens[k].Kind is SourceTokenKind.VolumeLabel or SourceTokenKind.IssueLabel or SourceTokenKind.PagesLabel
                    && k + 1 < tokens.Count && tokens[k + 1].Kind is SourceTokenKind.Number or SourceTokenKind.Range)
                {
                    first = k;
                    break;
                }
            }

            return first;
        }

        private static bool IsSourceToken(SourceToken token) => token.Kind switch
        {
            SourceTokenKind.Word => false,
            SourceTokenKind.Parenthesized => SourceDetailsParser.ParenYear.IsMatch(token.Text) || IssueShape.InParentheses.IsMatch(token.Text),
            _ => true,
        };
    }
}
