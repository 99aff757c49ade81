using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Runtime.Versioning;
using Xunit;

namespace ResearchContent.Citations.Tests
{
    /// <summary>
    /// The library ships for netstandard2.0 and net10.0; this loads the netstandard2.0 build side by side (copied
    /// next to the tests by the project file) and checks that every export is the same text on both.
    /// </summary>
    public sealed class TargetParityTests
    {
        [Fact]
        public void Netstandard_build_exports_the_same_text_as_the_net10_build()
        {
            var context = new AssemblyLoadContext("netstandard2.0 build", isCollectible: true);
            try
            {
                var library = context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "ResearchContent.dll"));
                Assert.Equal(".NETStandard,Version=v2.0", library.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);

                var publications = ReferencePublications.All.Concat(OtherKindPublications.All).Append(Awkward()).ToArray();
                var other = new OtherBuild(library);
                var converted = other.Publications(publications);

                Assert.Equal(Export.ToBibTeX(publications), other.Invoke("ToBibTeX", converted));
                Assert.Equal(Export.ToCslJson(publications), other.Invoke("ToCslJson", converted));
                Assert.Equal(Export.ToRis(publications), other.Invoke("ToRis", converted));
                foreach (var (publication, twin) in publications.Zip(((Array)converted).Cast<object>()))
                {
                    foreach (var style in Enum.GetValues<CitationStyle>())
                    {
                        Assert.Equal(Export.Format(publication, style), other.Invoke("Format", twin, other.Style(style)));
                        Assert.Equal(Export.FormatHtml(publication, style), other.Invoke("FormatHtml", twin, other.Style(style)));
                    }
                }
            }
            finally
            {
                context.Unload();
            }
        }

        private static Publication Awkward() => new()
        {
            Key = "awkward2024",
            Year = 2024,
            Title = new LocalizedText("Page title", "中文标题"),
            Citation = new Citation
            {
                Text = "raw",
                Url = "https://example.org/a_b%20c#x",
                Doi = "10.1/x{y}",
                Authors = ReferencePublications.Authors(("van der Woerd", "Jérôme", true), ("Ng", "A.", false)),
                Year = 2024,
                Title = "Tab\there \"quoted\" & <tagged> ~^\\ \u0001 é 凯库拉 😀?",
                Container = "Earth & Space Sci.",
                Volume = "562–563",
                Issue = "3",
                Pages = "1135–54",
                Note = "in Chinese & {braced}\n\"quoted\"",
            },
        };

        /// <summary>The netstandard2.0 build's types, reached by reflection because they are distinct from the ones compiled against.</summary>
        private sealed class OtherBuild
        {
            private readonly Assembly _library;

            public OtherBuild(Assembly library) => _library = library;

            public object Publications(IReadOnlyList<Publication> publications)
            {
                var array = Array.CreateInstance(Type("Publication"), publications.Count);
                for (var i = 0; i < publications.Count; i++)
                {
                    array.SetValue(Copy(publications[i]), i);
                }

                return array;
            }

            public object Style(CitationStyle style) => Enum.ToObject(Type("CitationStyle"), (int)style);

            public string Invoke(string method, params object[] arguments) =>
                (string)Type("Export").GetMethod(method)!.Invoke(null, arguments)!;

            private Type Type(string name) => _library.GetType("ResearchContent." + name, throwOnError: true)!;

            private object? Copy(object? value)
            {
                switch (value)
                {
                    case null or string or int or bool:
                        return value;
                    case Enum kind:
                        return Enum.ToObject(Type(kind.GetType().Name), Convert.ToInt32(kind, System.Globalization.CultureInfo.InvariantCulture));
                    case LocalizedText text:
                        return Activator.CreateInstance(Type("LocalizedText"), text.En, text.Zh);
                    case SourceLocation location:
                        return Activator.CreateInstance(Type("SourceLocation"), location.Path, location.Line);
                    case System.Collections.IList list:
                        // Lists of the library's types are copied into the other build's; lists of strings stay as they are.
                        var element = value.GetType().GetElementType()!;
                        var elementType = element.Namespace == "ResearchContent" ? Type(element.Name) : element;
                        var array = Array.CreateInstance(elementType, list.Count);
                        for (var i = 0; i < list.Count; i++)
                        {
                            array.SetValue(Copy(list[i]), i);
                        }

                        return array;
                    default:
                        // Classes with init-only properties: copy every settable property (init setters are ordinary setters to reflection).
                        var copy = Activator.CreateInstance(Type(value.GetType().Name))!;
                        foreach (var property in value.GetType().GetProperties().Where(p => p.CanWrite))
                        {
                            copy.GetType().GetProperty(property.Name)!.SetValue(copy, Copy(property.GetValue(value)));
                        }

                        return copy;
                }
            }
        }
    }
}
