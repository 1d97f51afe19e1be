package org.kiloguardian.notifications.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

class NtfyTopicTest {

    @Test
    void aPublicTopicPublishesToTheServersRoot() {
        NtfyTopic topic = NtfyTopic.parse("https://ntfy.sh/grandma-pills_x7");
        assertThat(topic.publishUri()).isEqualTo(URI.create("https://ntfy.sh/"));
        assertThat(topic.name()).isEqualTo("grandma-pills_x7");
    }

    @Test
    void aSelfHostedServerMayLiveUnderAPathAndAPort() {
        NtfyTopic topic = NtfyTopic.parse(" http://192.0.2.10:8090/ntfy/pills ");
        assertThat(topic.publishUri()).isEqualTo(URI.create("http://192.0.2.10:8090/ntfy/"));
        assertThat(topic.name()).isEqualTo("pills");
        assertThat(topic.plainHttp()).isTrue();
    }

    @Test
    void whatIsNotATopicAddressIsRefusedSayingWhy() {
        assertThatThrownBy(() -> NtfyTopic.parse("ntfy.sh/pills")).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> NtfyTopic.parse("https://ntfy.sh/")).hasMessageContaining("topic's name");
        assertThatThrownBy(() -> NtfyTopic.parse("https://ntfy.sh/a b")).hasMessageContaining("not a URL");
        assertThatThrownBy(() -> NtfyTopic.parse("https://user:pw@ntfy.sh/pills")).hasMessageContaining("user:password");
        assertThatThrownBy(() -> NtfyTopic.parse("https://ntfy.sh/pills?auth=x")).hasMessageContaining("?query");
        assertThatThrownBy(() -> NtfyTopic.parse("file:///etc/passwd")).hasMessageContaining("http(s)");
    }
}
