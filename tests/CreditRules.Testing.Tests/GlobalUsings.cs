global using CreditRules.Domain;
global using CreditRules.Engine;
global using FluentAssertions;
global using NodaTime;
global using Xunit;
