using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>Every route's status code, content type and security headers.</summary>
    public sealed class RouteTests : IClassFixture<SiteFactory>
    {
        private readonly HttpClient _client;

        public RouteTests(SiteFactory factory) =>
            _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        [Theory]
        [InlineData("/publications/", 200, "text/html")]
        [InlineData("/publications/?lang=zh", 200, "text/html")]
        [InlineData("/publications/zhang2021selective", 200, "text/html")]
        [InlineData("/publications/xu2021small?lang=zh", 200, "text/html")]
        [InlineData("/publications/luo2021deriving?style=ieee", 200, "text/html")]
        [InlineData("/publications/wang2020space", 200, "text/html")]
        [InlineData("/publications/xu2021small.bib", 200, "application/x-bibtex")]
        [InlineData("/publications/xu2021small.ris", 200, "application/x-research-info-systems")]
        [InlineData("/publications/xu2021small.json", 200, "application/vnd.citationstyles.csl+json")]
        [InlineData("/publications.bib", 200, "application/x-bibtex")]
        [InlineData("/publications.ris", 200, "application/x-research-info-systems")]
        [InlineData("/api/publications", 200, "application/vnd.citationstyles.csl+json")]
        [InlineData("/css/site.css", 200, "text/css")]
        [InlineData("/js/site.js", 200, "text/javascript")]
        [InlineData("/favicon.svg", 200, "image/svg+xml")]
        [InlineData("/zh/publications/", 200, "text/html")]
        [InlineData("/zh/publications/xu2021small/", 200, "text/html")]
        [InlineData("/publications/xu2021small/ieee/", 200, "text/html")]
        [InlineData("/publications/kinds/article/", 200, "text/html")]
        [InlineData("/publications.json", 200, "application/vnd.citationstyles.csl+json")]
        [InlineData("/sitemap.xml", 200, "application/xml")]
        [InlineData("/robots.txt", 200, "text/plain")]
        [InlineData("/publications/no-such-paper", 404, "text/html")]
        [InlineData("/publications/no-such-paper.bib", 404, "text/plain")]
        [InlineData("/publications/no-such-paper.ris", 404, "text/plain")]
        [InlineData("/publications/no-such-paper.json", 404, "text/plain")]
        [InlineData("/no/such/page", 404, "text/html")]
        [InlineData("/images/zhangqi.png", 404, "text/html")]
        public async Task Route_has_status_content_type_and_security_headers(string url, int status, string mediaType)
        {
            using var response = await _client.GetAsync(url);

            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            AssertSecurityHeaders(response);
        }

        [Theory]
        [InlineData("/", "/publications/")]
        [InlineData("/?lang=zh", "/publications/?lang=zh")]
        [InlineData("/publications", "/publications/")]
        [InlineData("/publications?lang=zh", "/publications/?lang=zh")]
        public async Task Root_and_unslashed_permalink_redirect_to_the_page(string url, string location)
        {
            using var response = await _client.GetAsync(url);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(location, response.Headers.Location?.OriginalString);
            AssertSecurityHeaders(response);
        }

        [Fact]
        public async Task Csl_json_is_application_json_when_the_client_asks_for_json()
        {
            foreach (var url in new[] { "/api/publications", "/publications/xu2021small.json" })
            {
                using var json = new HttpRequestMessage(HttpMethod.Get, url);
                json.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                using var jsonResponse = await _client.SendAsync(json);
                Assert.Equal("application/json", jsonResponse.Content.Headers.ContentType?.MediaType);

                using var csl = new HttpRequestMessage(HttpMethod.Get, url);
                csl.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.citationstyles.csl+json"));
                csl.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.5));
                using var cslResponse = await _client.SendAsync(csl);
                Assert.Equal("application/vnd.citationstyles.csl+json", cslResponse.Content.Headers.ContentType?.MediaType);

                using var any = new HttpRequestMessage(HttpMethod.Get, url);
                any.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
                using var anyResponse = await _client.SendAsync(any);
                Assert.Equal("application/vnd.citationstyles.csl+json", anyResponse.Content.Headers.ContentType?.MediaType);
            }
        }

        [Fact]
        public async Task Downloads_are_attachments_named_after_the_key()
        {
            using var one = await _client.GetAsync("/publications/xu2021small.bib");
            Assert.Equal("attachment", one.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("xu2021small.bib", one.Content.Headers.ContentDisposition?.FileNameStar ?? one.Content.Headers.ContentDisposition?.FileName);

            using var all = await _client.GetAsync("/publications.ris");
            Assert.Equal("attachment", all.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("publications.ris", all.Content.Headers.ContentDisposition?.FileNameStar ?? all.Content.Headers.ContentDisposition?.FileName);
        }

        private static void AssertSecurityHeaders(HttpResponseMessage response)
        {
            Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), "Content-Security-Policy is missing");
            var policy = string.Join(";", csp);
            Assert.Contains("script-src 'self'", policy, System.StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", policy, System.StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, System.StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", policy, System.StringComparison.Ordinal);
            Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff), "X-Content-Type-Options is missing");
            Assert.Equal("nosniff", Assert.Single(nosniff));
        }
    }
}
