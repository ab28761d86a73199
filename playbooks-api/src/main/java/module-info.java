/**
 * The published playbook SPI of Clientele: what a playbook sees and what it may say.
 * Depends on the JDK only.
 */
module dev.clientele.playbooks.api {
    exports dev.clientele.playbooks.api;
    exports dev.clientele.playbooks.spi;

    uses dev.clientele.playbooks.spi.Playbook;
}
