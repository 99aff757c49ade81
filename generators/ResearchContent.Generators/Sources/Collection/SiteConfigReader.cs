using System;
using System.Collections.Generic;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// Reads the publication categories of an academicpages site's <c>_config.yml</c>:
    /// <code>
    /// publication_category:
    ///   books:
    ///     title: 'Books'
    ///   manuscripts:
    ///     title: 'Journal Articles'
    /// </code>
    /// </summary>
    internal static class SiteConfigReader
    {
        /// <summary>The <c>_config.yml</c> mapping that names the categories and their headings.</summary>
        public const string CategoriesName = "publication_category";

        private const string TitleName = "title";

        /// <summary>
        /// The categories, or <see cref="CategoryNames.Empty"/> when the file has none or is not valid YAML. It never
        /// throws, and reports nothing: a broken <c>_config.yml</c> stops Jekyll itself with a clearer message, and
        /// without the map every category simply shows as written.
        /// </summary>
        public static CategoryNames Read(string text)
        {
            try
            {
                var result = LenientYamlReader.Read(ByteOrderMark.Strip(text ?? string.Empty));
                if (result.Root?.Last(CategoriesName)?.Value is not { Kind: YamlValueKind.Mapping } categories)
                {
                    return CategoryNames.Empty;
                }

                // A name given twice keeps its first place and its last title, as a Ruby hash does.
                var order = new List<string>();
                var titles = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var entry in categories.Entries)
                {
                    if (entry.Name.Length == 0)
                    {
                        continue;
                    }

                    if (!titles.ContainsKey(entry.Name))
                    {
                        order.Add(entry.Name);
                    }

                    titles[entry.Name] = TitleOf(entry);
                }

                return new CategoryNames(order.ConvertAll(key => new CategoryName(key, titles[key])).ToEquatableArray());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return CategoryNames.Empty;
            }
        }

        /// <summary>
        /// The category's <c>title</c>. A category written as <c>books: Books</c> has its title as its value; one with
        /// neither is named by its key, so that every category the file names has a name to show.
        /// </summary>
        private static string TitleOf(YamlEntry entry)
        {
            var value = entry.Value;
            var title = value.Kind == YamlValueKind.Mapping ? value.Last(TitleName)?.Value.JoinedText() : value.JoinedText();
            return string.IsNullOrWhiteSpace(title) ? entry.Name : MarkupText.FromHtml(title!);
        }
    }
}
