// A minimal Java client of medip-service (Java 11+, no library beyond the JDK):
//   javac -d out MedipClient.java && java -cp out MedipClient http://127.0.0.1:8080 case.json 2026-11-23
// It posts one case file and prints the status, the request id and the decision (or the error).
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

public class MedipClient {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path caseFile = Path.of(args[1]);
        String asOf = args[2];
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/decisions?asOf=" + asOf + "&detail=summary&lang=zh"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", "java-example-1")
                .POST(HttpRequest.BodyPublishers.ofFile(caseFile))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println("status " + response.statusCode()
                + ", request " + response.headers().firstValue("X-Request-Id").orElse("?"));
        // 200: a Decision; 4xx/5xx: an Error with code, message and problems (see openapi.yaml).
        System.out.println(response.body());
        if (response.statusCode() != 200) System.exit(1);
    }
}
