#pragma once

#include "cli/CliContext.h"
#include "domain/Clock.h"
#include "store/CaseService.h"
#include "store/Session.h"

#include <QCommandLineParser>
#include <QStringList>
#include <memory>

namespace soc::cli {

// What every `socstation case ...` action needs: a parser, the signed-in session and a service.
struct CaseCommandContext {
    CliContext& cli;
    std::unique_ptr<store::Session> session;
    domain::SystemClock clock;
    std::unique_ptr<store::CaseService> service;

    explicit CaseCommandContext(CliContext& c);
    void signIn(); // throws store::DatabaseError
};

// Parses `args` (after "case ACTION"); on failure prints `usage` and returns false.
bool parseCaseArgs(QCommandLineParser& p, const QString& action, const QStringList& args, int minPositional,
                   int maxPositional, const QString& usage);
// Prints the error of a refused or failed action; returns the exit code (1).
int reportCaseError(const store::DatabaseError& e);

int runCaseTicketAction(CliContext& ctx, const QString& action, const QStringList& args);
int runCaseIncidentAction(CliContext& ctx, const QString& action, const QStringList& args);
int runCaseTimelineAction(CliContext& ctx, const QString& action, const QStringList& args);

} // namespace soc::cli
