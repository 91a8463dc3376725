// The fuzz build does not compile the Qt resources: manifests are read from the source tree.
int qInitResources_c360_connectors() {
    return 1;
}
