using System.IO;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ResearchContent.Site.Services;

namespace ResearchContent.Site
{
    /// <summary><c>/sitemap.xml</c>, every page in both languages with its alternate, and <c>/robots.txt</c>, which names it.</summary>
    public static class SitemapEndpoints
    {
        private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

        private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

        /// <summary>Maps the routes.</summary>
        /// <param name="endpoints">The app.</param>
        public static void Map(IEndpointRouteBuilder endpoints)
        {
            // A sitemap lists absolute addresses only: a static export given no --site-url has none to list.
            endpoints.MapGet("/sitemap.xml", (SiteUrls urls, PublicationDirectory directory) => urls.Origin.Length == 0
                ? Results.Text("No sitemap: the site's address is not known (export with --site-url).\n", "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound)
                : Results.Bytes(Sitemap(urls, directory), "application/xml; charset=utf-8"));

            endpoints.MapGet("/robots.txt", (SiteUrls urls) =>
            {
                var text = "User-agent: *\nDisallow:\n";
                if (urls.Origin.Length > 0)
                {
                    text += "\nSitemap: " + urls.Absolute(urls.Local("/sitemap.xml")) + "\n";
                }

                return Results.Text(text, "text/plain; charset=utf-8", Encoding.UTF8);
            });
        }

        /// <summary>The sitemap: one url element a page and language, each naming both languages as alternates.</summary>
        /// <param name="urls">The addresses, with an origin.</param>
        /// <param name="directory">The publications.</param>
        /// <returns>The UTF-8 XML.</returns>
        public static byte[] Sitemap(SiteUrls urls, PublicationDirectory directory)
        {
            using var stream = new MemoryStream();
            var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
            using (var writer = XmlWriter.Create(stream, settings))
            {
                writer.WriteStartDocument();
                writer.WriteStartElement("urlset", SitemapNamespace);
                writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
                foreach (var page in SitePages.All(directory, urls))
                {
                    foreach (var address in new[] { page.English, page.Chinese })
                    {
                        writer.WriteStartElement("url", SitemapNamespace);
                        writer.WriteElementString("loc", SitemapNamespace, urls.Absolute(address));
                        Alternate(writer, Language.English, urls.Absolute(page.English));
                        Alternate(writer, Language.Chinese, urls.Absolute(page.Chinese));
                        writer.WriteEndElement();
                    }
                }

                writer.WriteEndElement();
                writer.WriteEndDocument();
            }

            return stream.ToArray();
        }

        private static void Alternate(XmlWriter writer, string language, string href)
        {
            writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
            writer.WriteAttributeString("rel", "alternate");
            writer.WriteAttributeString("hreflang", language);
            writer.WriteAttributeString("href", href);
            writer.WriteEndElement();
        }
    }
}
