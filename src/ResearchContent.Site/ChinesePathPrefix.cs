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
            if (Rewrite(context.Request))
            {
                // UsePathBase matches the routes again right after itself, so a match on the prefixed path may be made
                // already; it is void now, and the app's UseRouting matches the path without the prefix.
                context.SetEndpoint(null);
                context.Request.RouteValues.Clear();
            }

            return next(context);
        });

        private static bool Rewrite(HttpRequest request)
        {
            if (!request.Path.StartsWithSegments(SiteUrls.ChinesePrefix, System.StringComparison.Ordinal, out var rest))
            {
                return false;
            }

            // The prefix decides the language, over any lang value in the query.
            var query = QueryHelpers.ParseQuery(request.QueryString.Value);
            query["lang"] = Language.Chinese;
            request.QueryString = QueryString.Create(query);
            request.Path = rest.HasValue ? rest : new PathString("/");
            return true;
        }
    }
}
