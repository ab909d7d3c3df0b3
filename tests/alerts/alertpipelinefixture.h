#pragma once
// The whole alert pipeline (in-process bus → alert service → store writer) on a SQLite file,
// with a manual clock, for the alert tests. Lives on the test thread; the writer runs its own.

#include "alerts/alertservice.h"
#include "alerts/alertstorewriter.h"
#include "alerts/sqlitealertstore.h"
#include "alertstestsupport.h"
#include "events/inprocesseventbus.h"

#include <catch2/catch.hpp>

namespace vigil::test {

struct AlertPipeline
{
    explicit AlertPipeline(const QString &dbPath, RuleSet rules = {})
        : writer([dbPath](QString *error) -> std::unique_ptr<AlertStore> {
              return SqliteAlertStore::open(dbPath, error);
          }),
          service(bus, writer, clock, std::move(rules), SlaPolicy{})
    {
        writer.start();
        service.start(false);
        REQUIRE(waitUntil([this] { return service.isReady(); }));
    }
    InProcessEventBus bus;
    ManualClock clock{t0()};
    AlertStoreWriter writer;
    AlertService service;
};

} // namespace vigil::test
