using System;

namespace ResearchContent.Site.StaticExport
{
    /// <summary>The site did not answer an address of the export as expected; the export stops, its folder incomplete.</summary>
    public sealed class StaticExportException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public StaticExportException()
        {
        }

        /// <summary>Creates the exception.</summary>
        /// <param name="message">What failed.</param>
        public StaticExportException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception.</summary>
        /// <param name="message">What failed.</param>
        /// <param name="innerException">The cause.</param>
        public StaticExportException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
