package fi.kohtaamo.routing;

import fi.kohtaamo.testsupport.S3ProxyServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.util.Map;

/**
 * Points routing's attachments at a real S3 API server (test-support's {@link S3ProxyServer}), in
 * a bucket made here as operations would make it; {@link #client()} reads the bucket behind the service's back.
 */
public class S3TestResource implements QuarkusTestResourceLifecycleManager {

    static final String BUCKET = "kohtaamo-attachments-test";

    private static S3ProxyServer server;

    static S3ProxyServer server() {
        return server;
    }

    /**
     * In us-east-1, whose buckets are made without a location constraint: S3Proxy's filesystem
     * backend knows no regions. The service signs for its default, eu-north-1, which S3Proxy takes.
     */
    static S3Client client() {
        return S3Client.builder().endpointOverride(URI.create(server.endpoint())).region(Region.US_EAST_1)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED) // as the store's own client
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(server.accessKey(), server.secretKey())))
                .build();
    }

    @Override
    public Map<String, String> start() {
        server = S3ProxyServer.start();
        try (S3Client s3 = client()) {
            s3.createBucket(request -> request.bucket(BUCKET));
        }
        return Map.of("kohtaamo.routing.attachments.store", "s3",
                "kohtaamo.routing.attachments.s3.endpoint", server.endpoint(),
                "kohtaamo.routing.attachments.s3.bucket", BUCKET,
                "kohtaamo.routing.attachments.s3.path-style", "true",
                "kohtaamo.routing.attachments.s3.access-key-id", server.accessKey(),
                "kohtaamo.routing.attachments.s3.secret-access-key", server.secretKey(),
                "kohtaamo.routing.attachments.s3.orphan-after", "2s",
                "kohtaamo.routing.attachments.s3.cleanup-every", "1h",
                "kohtaamo.routing.attachments.s3.call-timeout", "5s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
