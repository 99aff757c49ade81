using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;
using ResearchContent.Site.Services;

namespace ResearchContent.Site
{
    /// <summary>The site's services and request pipeline: one definition for the live server and the static export.</summary>
    public static class SiteApplication
    {
        /// <summary>Builds the site.</summary>
        /// <param name="args">The command-line arguments (<c>--urls</c>, configuration values).</param>
        /// <param name="settings">Configuration values that take precedence over all others, as the static export sets them.</param>
        /// <returns>The app, not started.</returns>
        public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
        {
            var builder = WebApplication.CreateBuilder(args);
            if (settings is not null)
            {
                builder.Configuration.AddInMemoryCollection(settings);
            }

            // Loopback only unless told otherwise (--urls, ASPNETCORE_URLS, HTTP_PORTS or Kestrel endpoints).
            if (string.IsNullOrEmpty(builder.Configuration["urls"])
                && string.IsNullOrEmpty(builder.Configuration["http_ports"])
                && string.IsNullOrEmpty(builder.Configuration["https_ports"])
                && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
            {
                builder.WebHost.UseUrls(SiteDefaults.Url);
            }

            // wwwroot is served from the build output too (dotnet bin/…/ResearchContent.Site.dll), not only in Development
            // or when published; without the build's manifest (a published app) this does nothing.
            builder.WebHost.UseStaticWebAssets();

            builder.Services.AddRazorPages();

            // Razor still encodes <, >, &, ' and "; Chinese and other letters are written as themselves rather than as &#x…;.
            builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
            builder.Services.AddSingleton<IPublicationSource, CatalogPublicationSource>();
            builder.Services.AddSingleton<PublicationDirectory>();

            builder.Services.AddSingleton<ImagesFolder>();
            builder.Services.AddSingleton<FigureImages>();

            builder.Services.AddHttpContextAccessor();
            builder.Services.AddSingleton<SiteAddressSettings>();
            builder.Services.AddScoped(services => SiteUrls.For(
                services.GetRequiredService<IHttpContextAccessor>().HttpContext!.Request,
                services.GetRequiredService<SiteAddressSettings>()));

            var app = builder.Build();
            Configure(app);
            return app;
        }

        private static void Configure(WebApplication app)
        {
            var settings = app.Services.GetRequiredService<SiteAddressSettings>();
            if (settings.PathBase.HasValue)
            {
                app.UsePathBase(settings.PathBase);

                // On a WebApplication, UsePathBase matches the routes right after itself. The /zh/ prefix and the images'
                // file server below must act before any match (a matched page keeps the file server away), so that
                // match is dropped, and UseRouting below matches once they have.
                app.Use(static (context, next) =>
                {
                    context.SetEndpoint(null);
                    context.Request.RouteValues.Clear();
                    return next(context);
                });
            }

            app.Use(static (context, next) =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = SiteDefaults.ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = SiteDefaults.ReferrerPolicy;
                return next(context);
            });

            app.UseChinesePathPrefix();

            // Before routing: the pages' catch-all route would otherwise take /images/… away from the file server.
            var images = app.Services.GetRequiredService<ImagesFolder>();
            if (images.Path is not null)
            {
                app.UseStaticFiles(new StaticFileOptions { FileProvider = images.Files, RequestPath = FigureImages.RequestPath });
            }

            app.UseRouting();
            app.MapStaticAssets();
            app.MapRazorPages();
            DownloadEndpoints.Map(app);
            SitemapEndpoints.Map(app);
        }
    }
}
