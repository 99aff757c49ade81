using System;

namespace ResearchContent.Generators.Diagnostics
{
    /// <summary>An unexpected exception as the argument of RC0002: its type and message, without the message's own full stop.</summary>
    internal static class FailureMessage
    {
        public static string Of(Exception exception) => exception.GetType().Name + ": " + exception.Message.Trim().TrimEnd('.');
    }
}
