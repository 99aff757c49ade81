using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using ResearchContent.Site.Services;

namespace ResearchContent.Site
{
    /// <summary>
    /// Serves <c>/zh/…</c> as <c>/…?lang=zh</c>. A static export writes the Chinese pages under <c>zh/</c>, since a
    /// static host cannot read a query; the live server answers the same addresses, so one scheme works on both.
    /// </summary>
    public static class ChinesePathPrefix
    {
        /// <summary>Adds the rewrite; before routing, so that the pages are matched on the path without the prefix.</summary>
        /// <param name="app">The app.</param>
        /// <returns>The app.</returns>
        public static IApplicationBuilder UseChinesePathPrefix(this IApplicationBuilder app) => app.Use(static (context, next) =>
        {
            Rewrite(context.Request);
            return next(context);
        });

        private static void Rewrite(HttpRequest request)
        {
            if (!request.Path.StartsWithSegments(SiteUrls.ChinesePrefix, System.StringComparison.Ordinal, out var rest))
            {
                return;
            }

            // The prefix decides the language, over any lang value in the query.
            var query = QueryHelpers.ParseQuery(request.QueryString.Value);
            query["lang"] = Language.Chinese;
            request.QueryString = QueryString.Create(query);
            request.Path = rest.HasValue ? rest : new PathString("/");
        }
    }
}
