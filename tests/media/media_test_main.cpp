// Entry point of the media integration tests: a QCoreApplication so queued signals are delivered.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
