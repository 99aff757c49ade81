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
            var map = LineMap.Of(yaml);
            if (YamlNesting.TooManyBrackets(yaml) is { } brackets)
            {
                var (line, column) = map.Position(brackets);
                return new Result(FrontMatter.Empty, YamlNesting.Message, line, column);
            }

            if (YamlNesting.TooDeep(yaml) is { } deep)
            {
                return new Result(FrontMatter.Empty, YamlNesting.Message, Line(map, deep), Column(map, deep));
            }

            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(yaml));
            }
            catch (YamlException exception)
            {
                return new Result(FrontMatter.Empty, Describe(exception), Line(map, exception.Start), Column(map, exception.Start));
            }
            catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
            {
                // YamlDotNet throws these, not a YamlException, on some damaged documents (found by fuzzing: ": ''*a", a
                // scalar followed by an alias, is "an event of an unsupported type"): the page's YAML is at fault.
                return new Result(FrontMatter.Empty, "the YAML cannot be read (" + exception.Message + ")", 0, 0);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return new Result(FrontMatter.Empty, null, 0, 0);
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                var node = stream.Documents[0].RootNode;
                return new Result(FrontMatter.Empty, "the front matter must be a mapping of names to values", Line(map, node.Start), Column(map, node.Start));
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
                    values.Add(new FrontMatterValue(name, scalar.Value ?? string.Empty, Line(map, scalar.Start), Column(map, scalar.Start)));
                }
                else if (name == KeysName && pair.Value is YamlMappingNode overrides)
                {
                    foreach (var entry in overrides.Children)
                    {
                        if (entry.Key is YamlScalarNode { Value: { } label } && entry.Value is YamlScalarNode { Value: { } key })
                        {
                            keys.Add(new FrontMatterValue(label, key, Line(map, entry.Value.Start), Column(map, entry.Value.Start)));
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

        // By the mark's offset, not its line: YAML also ends lines at U+0085, U+2028 and U+2029, the page's lines do not
        // (found by fuzzing: an error after two U+2028s was placed on a line the front matter does not have).
        private static int Line(LineMap map, Mark mark) => map.Position(Offset(mark)).Line;

        private static int Column(LineMap map, Mark mark) => map.Position(Offset(mark)).Column;

        private static int Offset(Mark mark) => mark.Index is > 0 and <= int.MaxValue ? (int)mark.Index : 0;
    }
}
