using System;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// An expression with a cheap test that every match needs, such as a literal it cannot match without. Most
    /// citations contain no link, DOI or preprint, and the interpreter, asked to find one, tries the pattern at every
    /// position: the test skips that search, and the result is the same, because a text that fails the test has no
    /// match. The test must be a true necessary condition of the whole pattern (every alternative), nothing more.
    /// </summary>
    internal sealed class GuardedRegex
    {
        private readonly Regex _regex;
        private readonly Func<string, bool> _mayMatch;

        /// <param name="regex">The expression, unchanged.</param>
        /// <param name="mayMatch">False only for a text in which the expression has no match.</param>
        public GuardedRegex(Regex regex, Func<string, bool> mayMatch)
        {
            _regex = regex;
            _mayMatch = mayMatch;
        }

        public bool IsMatch(string text) => _mayMatch(text) && _regex.IsMatch(text);

        public Match Match(string text) => _mayMatch(text) ? _regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

        public string Replace(string text, string replacement) => _mayMatch(text) ? _regex.Replace(text, replacement) : text;

        public string Replace(string text, MatchEvaluator evaluator) => _mayMatch(text) ? _regex.Replace(text, evaluator) : text;

        public int Count(string text) => _mayMatch(text) ? _regex.Matches(text).Count : 0;
    }
}
