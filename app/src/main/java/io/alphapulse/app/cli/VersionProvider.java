package io.alphapulse.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar manifest at build time. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = AlphaPulseCommand.class.getPackage().getImplementationVersion();
        return new String[] {"AlphaPulse " + (version == null ? "(development build)" : version)};
    }
}
