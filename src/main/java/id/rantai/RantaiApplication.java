package id.rantai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class RantaiApplication {
    public static void main(String[] args) {
        SpringApplication.run(RantaiApplication.class, args);
    }
}
