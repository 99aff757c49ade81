using System;
using System.Collections.Generic;
using System.IO;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ResearchContent.Generators.Sources.Page
{
    /// <summary>Reads a page's YAML front matter with YamlDotNet.</summary>
    internal static class FrontMatterReader
    {
        public const string KeysName = "keys";

        /// <summary>The outcome: the front matter, or the YAML error with its 0-based position in the YAML text.</summary>
        public sealed record Result(FrontMatter FrontMatter, string? Error, int ErrorLine, int ErrorColumn);

        public static Result Read(string yaml)
        {
            // YamlStream reads nesting by recursion: refuse deep nesting first, as the collection reader does (found by
            // fuzzing: a page whose front matter opens 100,000 brackets overflowed the compiler's stack).
            if (YamlNesting.TooManyBrackets(yaml) is { } brackets)
            {
                var (line, column) = LineMap.Of(yaml).Position(brackets);
                return new Result(FrontMatter.Empty, YamlNesting.Message, line, column);
            }

            if (YamlNesting.TooDeep(yaml) is { } deep)
            {
                return new Result(FrontMatter.Empty, YamlNesting.Message, Line(deep), Column(deep));
            }

            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(yaml));
            }
            catch (YamlException exception)
            {
                var line = exception.Start.Line > 0 ? (int)exception.Start.Line - 1 : 0;
                var column = exception.Start.Column > 0 ? (int)exception.Start.Column - 1 : 0;
                return new Result(FrontMatter.Empty, Describe(exception), line, column);
            }
            catch (InvalidOperationException exception)
            {
                // YamlDotNet throws this, not a YamlException, on some damaged documents (found by mutating collection
                // files): still the page's YAML, not the generator, is at fault.
                return new Result(FrontMatter.Empty, "the YAML cannot be read (" + exception.Message + ")", 0, 0);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return new Result(FrontMatter.Empty, null, 0, 0);
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                var node = stream.Documents[0].RootNode;
                return new Result(FrontMatter.Empty, "the front matter must be a mapping of names to values", Line(node.Start), Column(node.Start));
            }

            var values = new List<FrontMatterValue>();
            var keys = new List<FrontMatterValue>();
            foreach (var pair in root.Children)
            {
                if (pair.Key is not YamlScalarNode { Value: { } name })
                {
                    continue;
                }

                if (pair.Value is YamlScalarNode scalar)
                {
                    values.Add(new FrontMatterValue(name, scalar.Value ?? string.Empty, Line(scalar.Start), Column(scalar.Start)));
                }
                else if (name == KeysName && pair.Value is YamlMappingNode overrides)
                {
                    foreach (var entry in overrides.Children)
                    {
                        if (entry.Key is YamlScalarNode { Value: { } label } && entry.Value is YamlScalarNode { Value: { } key })
                        {
                            keys.Add(new FrontMatterValue(label, key, Line(entry.Value.Start), Column(entry.Value.Start)));
                        }
                    }
                }
            }

            return new Result(new FrontMatter(values.ToEquatableArray(), keys.ToEquatableArray()), null, 0, 0);
        }

        /// <summary>
        /// A YAML error as a diagnostic's argument: YamlDotNet's message without its position prefix and full stop.
        /// Shared with the collection reader, so that both kinds of front matter describe an error alike.
        /// </summary>
        internal static string Describe(YamlException exception)
        {
            // YamlDotNet prefixes its messages with the position, which the diagnostic's location already gives.
            var message = exception.InnerException?.Message ?? exception.Message;
            var close = message.IndexOf("): ", System.StringComparison.Ordinal);
            // The diagnostic's message ends the sentence itself, so the YAML message's own full stop is dropped.
            message = message.StartsWith("(", System.StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
            return message.Trim().TrimEnd('.');
        }

        private static int Line(Mark mark) => mark.Line > 0 ? (int)mark.Line - 1 : 0;

        private static int Column(Mark mark) => mark.Column > 0 ? (int)mark.Column - 1 : 0;
    }
}
