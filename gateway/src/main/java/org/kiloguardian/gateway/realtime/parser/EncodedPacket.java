package org.kiloguardian.gateway.realtime.parser;

import java.util.List;

/**
 * A packet on the wire: the text part and, for binary packets, the attachments that follow it as
 * separate Engine.IO binary messages. Encoded once per broadcast and shared by every recipient.
 */
public record EncodedPacket(String text, List<byte[]> attachments) {
}
