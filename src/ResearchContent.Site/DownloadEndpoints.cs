using System;
using System.Linq;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ResearchContent.Site.Services;

namespace ResearchContent.Site
{
    /// <summary>The citation downloads: one publication or all of them as BibTeX, RIS or CSL-JSON.</summary>
    public static class DownloadEndpoints
    {
        /// <summary>The media type of BibTeX.</summary>
        public const string BibTeXType = "application/x-bibtex; charset=utf-8";

        /// <summary>The media type of RIS.</summary>
        public const string RisType = "application/x-research-info-systems; charset=utf-8";

        /// <summary>The media type of CSL-JSON.</summary>
        public const string CslJsonType = "application/vnd.citationstyles.csl+json; charset=utf-8";

        /// <summary>The media type of plain JSON, for clients that ask for it.</summary>
        public const string JsonType = "application/json; charset=utf-8";

        /// <summary>Maps the download routes.</summary>
        /// <param name="endpoints">The app.</param>
        public static void Map(IEndpointRouteBuilder endpoints)
        {
            endpoints.MapGet("/publications.bib", (PublicationDirectory directory) =>
                File(CitationFiles.BibTeX(directory.Publications), BibTeXType, "publications.bib"));

            endpoints.MapGet("/publications.ris", (PublicationDirectory directory) =>
                File(CitationFiles.Ris(directory.Publications), RisType, "publications.ris"));

            static IResult AllAsCslJson(HttpRequest request, PublicationDirectory directory) =>
                Results.Text(CitationFiles.CslJson(directory.Publications), JsonTypeFor(request), Encoding.UTF8);

            endpoints.MapGet("/api/publications", AllAsCslJson);

            // A static export's name for the same file, which a static host serves without a query or an Accept header.
            endpoints.MapGet(SiteUrls.StaticCslJsonPath, AllAsCslJson);

            endpoints.MapGet("/publications/{key}.bib", (string key, PublicationDirectory directory) =>
                directory.TryGet(key, out var publication, out _)
                    ? File(CitationFiles.BibTeX(new[] { publication }), BibTeXType, publication.Key + ".bib")
                    : UnknownKey(key));

            endpoints.MapGet("/publications/{key}.ris", (string key, PublicationDirectory directory) =>
                directory.TryGet(key, out var publication, out _)
                    ? File(CitationFiles.Ris(new[] { publication }), RisType, publication.Key + ".ris")
                    : UnknownKey(key));

            endpoints.MapGet("/publications/{key}.json", (string key, HttpRequest request, PublicationDirectory directory) =>
                directory.TryGet(key, out var publication, out _)
                    ? Results.Text(CitationFiles.CslJson(new[] { publication }), JsonTypeFor(request), Encoding.UTF8)
                    : UnknownKey(key));
        }

        /// <summary>CSL-JSON's own media type, or <c>application/json</c> when the Accept header prefers that.</summary>
        /// <param name="request">The request.</param>
        /// <returns>The content type.</returns>
        public static string JsonTypeFor(HttpRequest request)
        {
            var accept = request.GetTypedHeaders().Accept;
            if (accept is null || accept.Count == 0)
            {
                return CslJsonType;
            }

            double Quality(string type) => accept
                .Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
                .Select(a => a.Quality ?? 1.0)
                .DefaultIfEmpty(-1)
                .Max();

            var json = Quality("application/json");
            var csl = Quality("application/vnd.citationstyles.csl+json");
            return json > 0 && json > csl ? JsonType : CslJsonType;
        }

        private static IResult File(string text, string contentType, string fileName)
        {
            var safeName = SafeFileName(fileName);
            return Results.File(new UTF8Encoding(false).GetBytes(text), contentType, safeName);
        }

        private static string SafeFileName(string fileName)
        {
            var builder = new StringBuilder(fileName.Length);
            foreach (var c in fileName)
            {
                builder.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
            }

            return builder.ToString();
        }

        private static IResult UnknownKey(string key) =>
            Results.Text("No publication has the key '" + key + "'. See /publications.bib for all of them.\n", "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);
    }
}
